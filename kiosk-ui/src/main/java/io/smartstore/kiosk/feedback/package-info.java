/** Feedback at the kiosk: the local outbox every answer is committed to, and the relay that drains it to the store. */
@NullMarked
package io.smartstore.kiosk.feedback;

import org.jspecify.annotations.NullMarked;
