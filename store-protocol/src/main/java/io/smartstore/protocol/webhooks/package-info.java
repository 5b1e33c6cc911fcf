/** Webhooks as both ends see them: how a delivery is signed, and how a receiver checks it. */
@NullMarked
package io.smartstore.protocol.webhooks;

import org.jspecify.annotations.NullMarked;
