package io.smartstore.kiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import io.smartstore.devices.fake.FakeCardReader;
import io.smartstore.kiosk.readers.ReaderDevices;
import io.smartstore.kiosk.service.ServicePinLock;
import io.smartstore.support.testing.MovingClock;
import io.smartstore.kiosk.service.ServiceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff's service screen: shut without the PIN, then each reader's state and the outbox backlog. */
@SpringBootTest
@ActiveProfiles({"demo", "test"}) // the demo's PIN (2468) and fake card reader; the same context as KioskJourneyTest
class ServiceScreenTest {

    @org.springframework.test.context.bean.override.mockito.MockitoBean
    io.smartstore.kiosk.recognition.StoreClient store; // as in KioskJourneyTest, so both share one context

    @Autowired
    ApplicationContext context;
    @Autowired
    ReaderDevices devices;

    @BeforeEach
    void openTheServiceScreen() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("io.smartstore.kiosk"), context, UI::new));
        UI.getCurrent().navigate(ServiceView.class);
    }

    @AfterEach
    void close() {
        ((FakeCardReader) devices.cardReader().orElseThrow()).plugIn();
        MockVaadin.tearDown();
    }

    @Test
    void aWrongPinShowsNothing() {
        _setValue(_get(PasswordField.class, spec -> spec.withId("service-pin")), "0000");
        _click(_get(Button.class, spec -> spec.withId("service-open")));
        assertThat(text()).contains("Wrong PIN").doesNotContain("card-reader");
    }

    @Test
    void theRightPinShowsEachReaderAndTheBacklog() {
        ((FakeCardReader) devices.cardReader().orElseThrow()).unplug();
        _setValue(_get(PasswordField.class, spec -> spec.withId("service-pin")), "2468");
        _click(_get(Button.class, spec -> spec.withId("service-open")));

        assertThat(_get(Component.class, spec -> spec.withId("reader-card-reader")).getElement().getTextRecursively())
                .contains("card-reader").contains("enabled").contains("reconnecting");
        assertThat(_find(Component.class, spec -> spec.withId("outbox-backlog"))).hasSize(1);
        assertThat(text()).contains("waiting");
    }

    @Test
    void fiveWrongPinsLockThePadForFiveMinutesEvenForTheRightOne() {
        MovingClock clock = new MovingClock(java.time.Instant.parse("2026-12-05T09:00:00Z"));
        ServiceView routed = _get(ServiceView.class);
        ServiceView view = new ServiceView(context.getBean(io.smartstore.kiosk.readers.KioskReaders.class),
                context.getBean(io.smartstore.kiosk.feedback.KioskAnswers.class), context.getBean(io.smartstore.kiosk.KioskSettings.class),
                new ServicePinLock(clock)); // a kiosk of its own, whose clock the test moves
        routed.removeAll();
        routed.setId("routed");
        routed.add(view);
        for (int i = 0; i < 4; i++) {
            tryPin("1111");
            assertThat(text()).contains("Wrong PIN");
        }
        tryPin("1111");
        assertThat(text()).contains("Too many wrong PINs: try again in 5 min");
        tryPin("2468");
        assertThat(text()).as("the right PIN, locked").contains("Too many wrong PINs").doesNotContain("Readers");
        clock.pass(java.time.Duration.ofMinutes(5));
        tryPin("2468");
        assertThat(text()).contains("Readers");
    }

    private static void tryPin(String pin) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("service-pin")), pin);
        _click(_get(Button.class, spec -> spec.withId("service-open")));
    }

    private static String text() {
        return _get(ServiceView.class, spec -> spec.withId("service-screen")).getElement().getTextRecursively();
    }
}
