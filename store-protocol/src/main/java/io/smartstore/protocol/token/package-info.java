/** The customer token of the operator's app: a short Ed25519-signed payload, verified offline at the store (trust.md). */
@NullMarked
package io.smartstore.protocol.token;

import org.jspecify.annotations.NullMarked;
