package io.smartstore.protocol.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What makes a kiosk or a store ONLINE, DEGRADED, OFFLINE or CLOSED, in one place for the store's
 * Kiosks page and headquarters' Fleet page: outside opening hours CLOSED; silent longer than
 * {@code silentAfter} OFFLINE; an expected device missing, or the oldest waiting answer older
 * than {@code backlogTooOld}, DEGRADED; else ONLINE. Each verdict says why in words.
 */
public record FleetRules(Duration silentAfter, Duration backlogTooOld) {

    /** A kiosk: OFFLINE after 2 minutes without contact, DEGRADED with answers waiting over 5 minutes. */
    public static final FleetRules KIOSK = new FleetRules(Duration.ofMinutes(2), Duration.ofMinutes(5));
    /** A store at headquarters: OFFLINE after 5 silent minutes, DEGRADED with its relay's oldest answer over 15 minutes. */
    public static final FleetRules STORE = new FleetRules(Duration.ofMinutes(5), Duration.ofMinutes(15));

    public Verdict judge(Instant now, ZoneId zone, OpeningHours hours, Instant lastContactAt, Instant oldestWaitingAt, List<String> missing) {
        if (!hours.isOpen(now, zone)) {
            return new Verdict(FleetState.CLOSED, "outside opening hours");
        }
        if (lastContactAt == null) {
            return new Verdict(FleetState.OFFLINE, "never heard from");
        }
        Duration silent = Duration.between(lastContactAt, now);
        if (silent.compareTo(silentAfter) > 0) {
            return new Verdict(FleetState.OFFLINE, "no contact for " + minutes(silent));
        }
        if (!missing.isEmpty()) {
            return new Verdict(FleetState.DEGRADED, String.join(", ", missing) + " disconnected");
        }
        if (oldestWaitingAt != null && Duration.between(oldestWaitingAt, now).compareTo(backlogTooOld) > 0) {
            return new Verdict(FleetState.DEGRADED, "answers waiting for " + minutes(Duration.between(oldestWaitingAt, now)));
        }
        return new Verdict(FleetState.ONLINE, "");
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " min" : duration.toHours() + " h";
    }

    /** A state and, unless ONLINE, why. */
    public record Verdict(FleetState state, String reason) {
    }
}
