/** The reasons a customer chose for their score, one row each (table {@code FEEDBACK_REASON}), read by every feature that shows them. */
package io.smartstore.store.reasons;
