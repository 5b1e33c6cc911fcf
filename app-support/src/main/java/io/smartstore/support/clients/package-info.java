/** Enrolled clients (kiosks at a store, stores at central): one-time tokens kept hashed, bearer authentication, revocation. */
@NullMarked
package io.smartstore.support.clients;

import org.jspecify.annotations.NullMarked;
