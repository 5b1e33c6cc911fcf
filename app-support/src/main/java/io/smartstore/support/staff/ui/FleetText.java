package io.smartstore.support.staff.ui;

import io.smartstore.protocol.wire.Heartbeat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** How the Kiosks and Fleet pages word a kiosk's readers, the answers it holds, and how long ago something was. */
public final class FleetText {

    private FleetText() {
    }

    /** "12 s ago", "7 min ago", "3 h ago"; "never" for nothing. */
    public static String ago(Instant then, Instant now) {
        if (then == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds < 7200 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
    }

    /** The readers fitted: "card-reader ✓, scanner disconnected". */
    public static String readers(List<Heartbeat.Reader> readers) {
        return readers == null ? "" : readers.stream().filter(reader -> reader.state() != Heartbeat.ReaderState.ABSENT)
                .map(reader -> reader.name() + (reader.state() == Heartbeat.ReaderState.CONNECTED ? " ✓" : " disconnected"))
                .collect(Collectors.joining(", "));
    }

    /** "0", or "3, oldest 2 min ago". */
    public static String waiting(Heartbeat.Outbox outbox, Instant now) {
        if (outbox == null) {
            return "";
        }
        return outbox.backlog() == 0 || outbox.oldestAt() == null ? String.valueOf(outbox.backlog())
                : outbox.backlog() + ", oldest " + ago(outbox.oldestAt(), now);
    }
}
