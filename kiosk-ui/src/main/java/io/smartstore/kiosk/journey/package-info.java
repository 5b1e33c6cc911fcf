/** One person's time at the kiosk as a state machine without Vaadin: which screen, until when, and what their answer is. */
@NullMarked
package io.smartstore.kiosk.journey;

import org.jspecify.annotations.NullMarked;
