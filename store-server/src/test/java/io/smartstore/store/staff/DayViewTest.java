package io.smartstore.store.staff;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.FeedbackIngest;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.scores.DailyResponsesCsv;
import io.smartstore.store.scores.DailyScoreService;
import io.smartstore.store.scores.TrendService;
import io.smartstore.store.scores.Verbatims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The manager's day page without a browser, at 0, 29 and 30 answers, with comments and a follow-up. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:file:./target/test-db/day-view-${random.uuid}",
        "smartstore.misuse.window=1ms", "smartstore.misuse.max-per-minute=100000"})
@ActiveProfiles("test")
class DayViewTest {

    @Autowired
    DailyScoreService scores;
    @Autowired
    TrendService trends;
    @Autowired
    Verbatims verbatims;
    @Autowired
    FollowUps followUps;
    @Autowired
    DailyResponsesCsv csv;
    @Autowired
    StoreSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    FeedbackIngest ingest;
    int sent;

    @BeforeEach
    void signInAsManager() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("nina", null,
                AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
        MockVaadin.setup();
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private void open() {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new DayView(scores, trends, verbatims, followUps, csv, new AuthenticationContext(), settings, clock));
    }

    private void answer(int score, String comment) {
        ingest.store(new FeedbackBatch(List.of(FeedbackResponse.atKiosk(UUID.randomUUID(), null, score, List.of("WAIT_TIME"), comment,
                Instant.now().minusSeconds(++sent), "fr"))), "kiosk-1");
    }

    @Test
    void fromNoAnswerToAnIndicativeDayToACountedOne() {
        open();
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo("–");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).startsWith("No answers on");

        List<Integer> day = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            int score = i < 15 ? 10 : i < 20 ? 8 : 3;
            day.add(score);
            answer(score, i == 28 ? "Far too long a wait" : i == 0 ? "Lovely staff" : null);
        }
        open();
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("29 answers").contains("indicative");
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getClassNames()).contains("indicative");

        answer(10, null);
        open();
        long promoters = day.stream().filter(s -> s >= 9).count() + 1;
        long detractors = day.stream().filter(s -> s <= 6).count();
        long nps = Math.round(100.0 * (promoters - detractors) / 30);
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo("+" + nps);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("30 answers").doesNotContain("indicative");

        // why: the comments, filtered to detractors, searched
        assertThat(_get(Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively()).contains("Lovely staff").contains("Far too long");
        _get(Checkbox.class, spec -> spec.withId("detractors-only")).setValue(true);
        assertThat(_get(Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively()).contains("Far too long").doesNotContain("Lovely");
        _get(TextField.class, spec -> spec.withId("search-comments")).setValue("nothing like this");
        assertThat(_get(Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively()).contains("No comments.");

        // whom to call back: the detractor who wrote, taken by the manager
        assertThat(_find(Button.class, spec -> spec.withText("Take"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Take")));
        assertThat(followUps.withStatus("OPEN").getFirst().owner()).isEqualTo("nina");
        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(followUps.withStatus("CLOSED")).hasSize(1);
    }
}
