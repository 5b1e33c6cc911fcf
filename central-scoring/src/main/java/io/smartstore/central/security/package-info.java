/** Who may call central: stores by bearer token, headquarters staff by password and role. */
@NullMarked
package io.smartstore.central.security;

import org.jspecify.annotations.NullMarked;
