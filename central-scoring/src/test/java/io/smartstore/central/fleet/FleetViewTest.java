package io.smartstore.central.fleet;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headquarters' Fleet page without a browser: counts by country, problem stores first, and a store's kiosks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FleetViewTest {

    @Autowired
    StoreFleet fleet;
    @Autowired
    Clock clock;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void headquartersSeesEachCountryAndDrillsIntoAStoresKiosks() {
        var now = clock.instant();
        fleet.report("FR-TEST-01", new FleetReport("FR-TEST-01", "FR", "Europe/Paris", "4.0.0", now, "", new Heartbeat.Outbox(0L, null),
                1L, 20_000_000_000L, now, List.of(new FleetReport.Kiosk("kiosk-entrance", FleetState.DEGRADED, "card-reader disconnected", now,
                "4.0.0", List.of(new Heartbeat.Reader("card-reader", Heartbeat.ReaderState.DISCONNECTED, null)), new Heartbeat.Outbox(0L, null)))));
        MockVaadin.setup();
        FleetView view = new FleetView(fleet, clock);
        UI.getCurrent().add(view);
        view.select(null);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Stores and kiosks by country").contains("FR-TEST-01").contains("4.0.0").contains("20.0 GB")
                .doesNotContain("kiosk-entrance");

        view.select("FR-TEST-01");
        assertThat(view.getElement().getTextRecursively()).contains("Kiosks of FR-TEST-01").contains("kiosk-entrance")
                .contains("card-reader disconnected");
    }
}
