/** Store-and-forward between two apps: an outbox, batches, backoff with jitter, set-aside records, backlog in health and metrics. */
package io.smartstore.support.relay;
