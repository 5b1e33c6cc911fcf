package io.smartstore.kiosk.journey;

import java.time.Duration;

/**
 * How long each screen waits for the person in front of it: {@code idle} on screens that
 * wait for a touch (restarted by every touch or key), {@code thankYou} before the next person,
 * {@code waiting} for the store on "one moment"; a ticket screen waits four idle spans.
 */
public record Timings(Duration idle, Duration thankYou, Duration waiting) {
}
