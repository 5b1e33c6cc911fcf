package io.smartstore.kiosk.feedback;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.support.testing.PowerCut;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A power cut at the kiosk right after "thank you": the customer was told their answer is kept, so it must be on
 * the kiosk's disk, not in the operating system's cache, and go to the store once the power is back. The kiosk runs
 * on a disk that loses every write not synced ({@link PowerCut}).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class PowerCutTest {

    static final Path DATABASE = Path.of("target", "test-db", "power-cut-" + UUID.randomUUID());

    @Autowired
    ApplicationContext context;
    @MockitoBean
    StoreClient store; // the store is away: nothing leaves the kiosk

    @DynamicPropertySource
    static void onADiskThatLosesWhatWasNotSynced(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> PowerCut.url(DATABASE));
    }

    @AfterEach
    void closeTheKiosk() {
        MockVaadin.tearDown();
    }

    @Test
    void anAnswerThankedForIsOnTheKiosksDiskWhenThePowerGoes() throws Exception {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("io.smartstore.kiosk"), context, UI::new));
        UI.getCurrent().navigate("");
        _click(_find(Button.class, spec -> spec.withId("continue-anonymously")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("score-9")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("reason-friendly_staff")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("send-feedback")).getFirst());
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(Component.class, spec -> spec.withId("thank-you-screen")).isEmpty();
        });

        String afterTheCut = PowerCut.platters(DATABASE, DATABASE.resolveSibling(DATABASE.getFileName() + "-after-the-cut"));
        try (Connection connection = DriverManager.getConnection(afterTheCut, "sa", ""); Statement query = connection.createStatement();
             ResultSet kept = query.executeQuery("SELECT SCORE, REASONS, COMPLETED_AT FROM OUTBOX")) {
            assertThat(kept.next()).as("the answer thanked for is on the disk").isTrue();
            assertThat(kept.getInt("SCORE")).isEqualTo(9);
            assertThat(kept.getString("REASONS")).isEqualTo("FRIENDLY_STAFF");
            assertThat(kept.getObject("COMPLETED_AT")).as("complete, ready to go to the store").isNotNull();
            assertThat(kept.next()).isFalse();
        }
    }
}
