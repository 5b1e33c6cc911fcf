package io.smartstore.protocol.fleet;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FleetRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z"); // Monday 11:00 in Paris
    private static final OpeningHours HOURS = OpeningHours.parse("MON-SAT 09:00-19:00");

    @Test
    void aKioskHeardFromWithItsReadersAndNoOldAnswersIsOnline() {
        assertThat(FleetRules.KIOSK.judge(NOW, PARIS, HOURS, NOW.minusSeconds(30), NOW.minusSeconds(60), List.of()).state())
                .isEqualTo(FleetState.ONLINE);
    }

    @Test
    void twoMinutesOfSilenceMakeItOfflineButOnlyWhileTheShopIsOpen() {
        FleetRules.Verdict silent = FleetRules.KIOSK.judge(NOW, PARIS, HOURS, NOW.minusSeconds(181), null, List.of());
        assertThat(silent.state()).isEqualTo(FleetState.OFFLINE);
        assertThat(silent.reason()).isEqualTo("no contact for 3 min");
        assertThat(FleetRules.KIOSK.judge(NOW, PARIS, HOURS, NOW.minusSeconds(120), null, List.of()).state()).isEqualTo(FleetState.ONLINE);
        Instant sunday = Instant.parse("2026-12-13T10:00:00Z");
        assertThat(FleetRules.KIOSK.judge(sunday, PARIS, HOURS, NOW, null, List.of()).state()).isEqualTo(FleetState.CLOSED);
        assertThat(FleetRules.KIOSK.judge(NOW, PARIS, HOURS, null, null, List.of()).reason()).isEqualTo("never heard from");
    }

    @Test
    void aMissingReaderOrAnswersWaitingOverFiveMinutesDegradeIt() {
        FleetRules.Verdict reader = FleetRules.KIOSK.judge(NOW, PARIS, HOURS, NOW, null, List.of("card-reader"));
        assertThat(reader.state()).isEqualTo(FleetState.DEGRADED);
        assertThat(reader.reason()).isEqualTo("card-reader disconnected");
        FleetRules.Verdict waiting = FleetRules.KIOSK.judge(NOW, PARIS, HOURS, NOW, NOW.minusSeconds(6 * 60), List.of());
        assertThat(waiting.state()).isEqualTo(FleetState.DEGRADED);
        assertThat(waiting.reason()).isEqualTo("answers waiting for 6 min");
        assertThat(FleetRules.STORE.judge(NOW, PARIS, HOURS, NOW.minusSeconds(4 * 60), NOW.minusSeconds(14 * 60), List.of()).state())
                .as("a store: 5 silent minutes, answers 15 minutes old").isEqualTo(FleetState.ONLINE);
    }
}
