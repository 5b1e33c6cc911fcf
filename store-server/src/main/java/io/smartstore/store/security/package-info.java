/** Who may call the store: kiosks by bearer token, staff by password and role. */
package io.smartstore.store.security;
