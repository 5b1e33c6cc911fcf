/**
 * Webhooks, the same at the store and at central: admins subscribe an address to events; each event is written to an
 * outbox in the transaction that caused it, then signed ({@link io.smartstore.protocol.webhooks.WebhookSignature}) and
 * sent in order per subscription, retried with backoff until a 2xx, set aside after a while with the reason kept.
 */
@NullMarked
package io.smartstore.support.webhooks;

import org.jspecify.annotations.NullMarked;
