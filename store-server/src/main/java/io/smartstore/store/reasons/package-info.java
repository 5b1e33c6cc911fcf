/** The reasons a customer chose for their score, one row each (table {@code FEEDBACK_REASON}), read by every feature that shows them. */
@NullMarked
package io.smartstore.store.reasons;

import org.jspecify.annotations.NullMarked;
