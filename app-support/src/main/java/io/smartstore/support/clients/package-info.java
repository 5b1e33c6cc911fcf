/** Enrolled clients (kiosks at a store, stores at central): one-time tokens kept hashed, bearer authentication, revocation. */
package io.smartstore.support.clients;
