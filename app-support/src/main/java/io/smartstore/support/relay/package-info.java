/** Store-and-forward between two apps: an outbox, batches, backoff with jitter, set-aside records, backlog in health and metrics. */
@NullMarked
package io.smartstore.support.relay;

import org.jspecify.annotations.NullMarked;
