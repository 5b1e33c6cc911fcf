/** One person's time at the kiosk as a state machine without Vaadin: which screen, until when, and what their answer is. */
package io.smartstore.kiosk.journey;
