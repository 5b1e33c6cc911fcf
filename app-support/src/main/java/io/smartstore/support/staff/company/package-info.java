/**
 * The company's sign-in: staff sign in with the operator's OpenID provider, scripts call with
 * its bearer JWTs; roles come from a claim, and at a store only people whose stores claim holds
 * that store get in.
 */
@NullMarked
package io.smartstore.support.staff.company;

import org.jspecify.annotations.NullMarked;
