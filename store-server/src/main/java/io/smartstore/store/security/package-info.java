/** Who may call the store: kiosks by bearer token, staff by password and role. */
@NullMarked
package io.smartstore.store.security;

import org.jspecify.annotations.NullMarked;
