package io.smartstore.store.manager;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.fleet.FleetBroadcaster;
import io.smartstore.store.fleet.KioskFleet;
import io.smartstore.support.clients.EnrolledClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The manager's Kiosks page without a browser: each kiosk's state and why, and a new heartbeat shown at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KiosksViewTest {

    @Autowired
    EnrolledClients kiosks;
    @Autowired
    KioskFleet fleet;
    @Autowired
    FleetBroadcaster heard;
    @Autowired
    Clock clock;
    @Autowired
    StoreSettings settings;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aManagerSeesWhichKioskNeedsAHandAndWhy() {
        kiosks.enrol("kiosk-view-a", "kiosk-view-a-token-0123456789abcdef");
        fleet.heartbeat("kiosk-view-a", beat(Heartbeat.ReaderState.DISCONNECTED));
        MockVaadin.setup();
        KiosksView view = new KiosksView(kiosks, fleet, heard, clock, settings);
        UI.getCurrent().add(view);
        assertThat(row(view, "kiosk-view-a")).contains("DEGRADED").contains("card-reader disconnected").contains("3.1.0");

        fleet.heartbeat("kiosk-view-a", beat(Heartbeat.ReaderState.CONNECTED));
        MockVaadin.clientRoundtrip(false);
        assertThat(row(view, "kiosk-view-a")).contains("ONLINE").contains("card-reader ✓");
    }

    private static String row(KiosksView view, String kiosk) {
        return view.getElement().getChildren().flatMap(child -> child.getChildren()).filter(element -> is(element, "table"))
                .flatMap(table -> table.getChildren()).filter(element -> is(element, "tbody")).flatMap(body -> body.getChildren())
                .filter(row -> row.getChild(0).getText().equals(kiosk)).findFirst().map(row -> row.getTextRecursively())
                .orElseThrow(() -> new AssertionError(kiosk + " not on the page: " + view.getElement().getTextRecursively()));
    }

    private static boolean is(com.vaadin.flow.dom.Element element, String tag) {
        return !element.isTextNode() && element.getTag().equals(tag);
    }

    private Heartbeat beat(Heartbeat.ReaderState cardReader) {
        return new Heartbeat("3.1.0", clock.instant(), List.of(new Heartbeat.Reader("card-reader", cardReader, null)), new Heartbeat.Outbox(0L, null));
    }
}
