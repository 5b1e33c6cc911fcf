package io.smartstore.devices.nfc;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Readers repeat a tag's ID for as long as it stays in the field: the same UID is
 * reported once, and again only after it was absent for {@code absence}.
 */
final class PresenceFilter {

    private final long absenceNanos;
    private final LongSupplier nanoTime;
    private TagUid present;
    private long lastSeen;

    PresenceFilter(Duration absence, LongSupplier nanoTime) {
        this.absenceNanos = absence.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when this sighting is a new arrival in the field. */
    boolean arrived(TagUid uid) {
        long now = nanoTime.getAsLong();
        boolean same = uid.equals(present) && now - lastSeen < absenceNanos;
        present = uid;
        lastSeen = now;
        return !same;
    }
}
