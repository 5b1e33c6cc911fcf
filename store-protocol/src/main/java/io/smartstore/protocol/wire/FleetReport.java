package io.smartstore.protocol.wire;

import io.smartstore.protocol.fleet.FleetState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/fleet/reports} at central: a store says, every minute through its relay, how it and its
 * kiosks are — its version and start, its relay's backlog, its database's size and the free disk under it, its last
 * answer, its opening hours, and each kiosk as its Kiosks page shows it.
 */
public record FleetReport(@NotNull(message = STORE) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = STORE) String storeId,
                          @NotNull(message = COUNTRY) @Pattern(regexp = Formats.COUNTRY, message = COUNTRY) String country,
                          @NotNull(message = ZONE) @Size(min = 1, max = 64, message = ZONE) String zone,
                          @NotNull(message = VERSION) @Pattern(regexp = "[A-Za-z0-9._+-]{1,40}", message = VERSION) String version,
                          @NotNull(message = "startedAt is the instant the store started") Instant startedAt,
                          @Size(max = 200, message = "openingHours is at most 200 characters") String openingHours,
                          @NotNull(message = "relay is the answers waiting for central") @Valid Heartbeat.Outbox relay,
                          @NotNull(message = "databaseBytes is 0 or more") @PositiveOrZero(message = "databaseBytes is 0 or more") Long databaseBytes,
                          @NotNull(message = "freeDiskBytes is 0 or more") @PositiveOrZero(message = "freeDiskBytes is 0 or more") Long freeDiskBytes,
                          Instant lastAnswerAt,
                          @NotNull(message = KIOSKS) @Size(max = 200, message = KIOSKS) List<@Valid @NotNull(message = KIOSKS) Kiosk> kiosks) {

    static final String STORE = "storeId is 3 to 40 upper-case letters, digits and dashes";
    static final String VERSION = "version is 1 to 40 letters, digits, dots, dashes, pluses or underscores";
    static final String COUNTRY = "country is an ISO 3166 two-letter code";
    static final String ZONE = "zone is the store's time zone, such as Europe/Paris";
    static final String KIOSKS = "kiosks lists at most 200 kiosks";

    /** A kiosk as its store judged it. */
    public record Kiosk(@NotNull(message = ID) @Pattern(regexp = "[a-z0-9-]{1,40}", message = ID) String kioskId,
                        @NotNull(message = "a kiosk's state is ONLINE, DEGRADED, OFFLINE or CLOSED") FleetState state,
                        @Size(max = 200, message = "a kiosk's reason is at most 200 characters") String reason,
                        Instant lastContactAt,
                        @Pattern(regexp = "[A-Za-z0-9._+-]{1,40}", message = VERSION) String version,
                        @Size(max = 8, message = "a kiosk lists at most 8 readers") List<Heartbeat.@Valid Reader> readers,
                        @Valid Heartbeat.Outbox outbox) {

        static final String ID = "a kioskId is 1 to 40 lower-case letters, digits and dashes";
    }
}
