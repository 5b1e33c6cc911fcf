/** Webhooks as both ends see them: how a delivery is signed, and how a receiver checks it. */
package io.smartstore.protocol.webhooks;
