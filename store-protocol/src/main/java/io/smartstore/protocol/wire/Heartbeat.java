package io.smartstore.protocol.wire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/heartbeats}: a kiosk says it is alive every
 * {@code smartstore.kiosk.heartbeat-interval} — what it runs, since when, each reader's state
 * and last read, and the answers it still holds for the store.
 */
public record Heartbeat(@NotNull(message = VERSION) @Pattern(regexp = "[A-Za-z0-9._+-]{1,40}", message = VERSION) String version,
                        @NotNull(message = "startedAt is the instant the kiosk started") Instant startedAt,
                        @NotNull(message = READERS) @Size(max = 8, message = READERS) List<@Valid @NotNull(message = READERS) Reader> readers,
                        @NotNull(message = "outbox is the answers the kiosk still holds") @Valid Outbox outbox) {

    static final String VERSION = "version is 1 to 40 letters, digits, dots, dashes, pluses or underscores";
    static final String READERS = "readers lists at most 8 readers";

    /** A reader: CONNECTED, DISCONNECTED (configured but not there: the kiosk is degraded) or ABSENT (not fitted). */
    public record Reader(@NotNull(message = NAME) @Pattern(regexp = "[a-z0-9-]{1,40}", message = NAME) String name,
                         @NotNull(message = "a reader's state is CONNECTED, DISCONNECTED or ABSENT") ReaderState state,
                         Instant lastReadAt) {

        static final String NAME = "a reader's name is 1 to 40 lower-case letters, digits and dashes";
    }

    public enum ReaderState {
        CONNECTED, DISCONNECTED, ABSENT
    }

    /** What waits to be sent: how many answers, and since when the oldest (none: null). */
    public record Outbox(@NotNull(message = "outbox.backlog is 0 or more") @PositiveOrZero(message = "outbox.backlog is 0 or more") Long backlog, Instant oldestAt) {
    }
}
