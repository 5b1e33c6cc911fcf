package io.smartstore.store.manager;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.AnswersBroadcaster;
import io.smartstore.store.feedback.FeedbackIngest;
import io.smartstore.store.floor.FollowUpLists;
import io.smartstore.store.followups.FollowUp;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's day page without a browser: 0, 1, 29, 30 and 500 answers, a day with misuse
 * and follow-ups, the trend over 7/28/90 days, and an answer arriving while the page is open.
 * Each test works on its own day, so they do not see each other's answers.
 */
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
    FollowUpLists followUpLists;
    @Autowired
    FollowUps followUps;
    @Autowired
    DailyResponsesCsv csv;
    @Autowired
    AnswersBroadcaster answers;
    @Autowired
    io.smartstore.store.feedback.MisuseSettings misuseSettings;
    @Autowired
    StoreSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    FeedbackIngest ingest;
    @Autowired
    io.smartstore.store.recognition.Recognition recognition;
    @Autowired
    io.smartstore.store.customers.CustomerImport customerImport;
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    private void open(LocalDate day) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new DayView(scores, trends, verbatims, followUpLists, csv, answers, misuseSettings, new AuthenticationContext(), settings, clock));
        _get(DatePicker.class, spec -> spec.withId("day-picker")).setValue(day);
    }

    /** Answers on {@code day} at the store, a second apart from 10:00 local, from kiosk-1 (each its own customer). */
    private void answer(LocalDate day, List<Integer> scores, List<String> comments) {
        List<FeedbackResponse> batch = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Instant at = day.atTime(10, 0).atZone(settings.store().zone()).toInstant().plusSeconds(++sent);
            batch.add(FeedbackResponse.atKiosk(UUID.randomUUID(), null, scores.get(i), List.of(scores.get(i) <= 6 ? "WAIT_TIME" : "FRIENDLY_STAFF"),
                    comments == null ? null : comments.get(i), at, "fr"));
        }
        ingest.store(new FeedbackBatch(batch), "kiosk-1");
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** The body rows of a staff table, found by its id anywhere on the page. */
    private static List<Element> rows(String tableId) {
        Element table = table(tableId).orElseThrow(() -> new AssertionError("no table " + tableId));
        return all(table).filter(e -> e.getTag().equals("tr") && e.getParent().getTag().equals("tbody")).toList();
    }

    private static java.util.Optional<Element> table(String tableId) {
        return all(UI.getCurrent().getElement()).filter(e -> e.getTag().equals("table") && tableId.equals(e.getAttribute("id"))).findFirst();
    }

    private static Stream<Element> all(Element root) {
        return root.isTextNode() ? Stream.empty() : Stream.concat(Stream.of(root), root.getChildren().flatMap(DayViewTest::all));
    }

    private static long npsOf(List<Integer> scores) {
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return Math.round(100.0 * (promoters - detractors) / scores.size());
    }

    @Test
    void aDayWithoutAnswersSaysSoEverywhere() {
        open(today().minusDays(400));
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo("–");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).startsWith("No answers on");
        assertThat(_get(Paragraph.class, spec -> spec.withId("trend-sentence")).getText()).isEqualTo("No answers in the last 28 days.");
        assertThat(text("comments")).contains("No comments.");
        assertThat(text("follow-up-figures")).startsWith("0 opened");
        assertThat(table("by-hour")).as("no hours to show").isEmpty();
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("queue-figures"))).isEmpty();
    }

    @Test
    void theRecognitionFiguresShowWhereCustomersWereRecognisedAndWhyTheOthersWereNot() {
        for (String card : List.of("4111111111111111", "5500000000000004", "6280009999999997")) {
            try {
                recognition.identify(new io.smartstore.protocol.wire.IdentificationRequest(io.smartstore.protocol.wire.CredentialMethod.CARD, card,
                        UUID.randomUUID()), "kiosk-1");
            } catch (io.smartstore.protocol.wire.Refusal refused) {
                // counted as a miss, by its reason
            }
        }
        open(today());
        assertThat(text("recognition-rate")).startsWith("0% of 3 sessions recognised");
        assertThat(text("recognition-where")).isEqualTo("At the kiosk 0, at the desk 0, never 3.");
        assertThat(text("recognition-misses")).isEqualTo("Not recognised: bank card 2, unknown card 1.");
    }

    @Test
    void oneAnswerIsShownAsIndicative() {
        LocalDate day = today().minusDays(300);
        answer(day, List.of(9), null);
        open(day);
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo("+100");
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getClassNames()).contains("indicative");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("1 answer:").contains("indicative");
        assertThat(rows("by-hour")).hasSize(1);
        assertThat(rows("by-hour").getFirst().getTextRecursively()).contains("10:00").contains("+100");
    }

    @Test
    void from29AnswersIndicativeTo30CountedWithCommentsFilteredAndSearched() {
        LocalDate day = today().minusDays(200);
        List<Integer> scores = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            scores.add(i < 15 ? 10 : i < 20 ? 8 : 3);
            comments.add(i == 28 ? "Far too long a wait" : i == 0 ? "Lovely staff" : null);
        }
        answer(day, scores, comments);
        open(day);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("29 answers").contains("indicative");
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getClassNames()).contains("indicative");

        answer(day, List.of(10), null);
        scores.add(10);
        open(day);
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo("+" + npsOf(scores));
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getClassNames()).doesNotContain("indicative");
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("30 answers").doesNotContain("indicative");
        // why: the reasons by band, detractors' first; the comments, filtered to detractors, searched
        assertThat(rows("reasons").getFirst().getTextRecursively()).startsWith("Waiting time").contains(String.valueOf(scores.stream().filter(s -> s <= 6).count()));
        assertThat(text("comments")).contains("Lovely staff").contains("Far too long");
        _get(Checkbox.class, spec -> spec.withId("detractors-only")).setValue(true);
        assertThat(text("comments")).contains("Far too long").doesNotContain("Lovely");
        _get(TextField.class, spec -> spec.withId("search-comments")).setValue("nothing like this");
        assertThat(text("comments")).contains("No comments.");
    }

    @Test
    void fiveHundredAnswersAddUpToAnIndependentRecount() {
        LocalDate day = today().minusDays(250);
        Random random = new Random(500);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            scores.add(random.nextInt(11));
        }
        answer(day, scores, null);
        open(day);
        long nps = npsOf(scores);
        assertThat(_get(Span.class, spec -> spec.withId("nps")).getText()).isEqualTo((nps >= 0 ? "+" : "") + nps);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("500 answers")
                .contains(scores.stream().filter(s -> s >= 9).count() + " promoters")
                .contains(scores.stream().filter(s -> s <= 6).count() + " detractors");
        List<String> bars = all(_get(Div.class, spec -> spec.withClasses("spread")).getElement())
                .filter(e -> e.getClassList().contains("bar")).map(Element::getTextRecursively).toList();
        List<String> expected = new ArrayList<>();
        for (int score = 0; score <= 10; score++) {
            int s = score;
            expected.add(String.valueOf(scores.stream().filter(x -> x == s).count()));
        }
        assertThat(bars).containsExactlyElementsOf(expected);
        // 500 answers a second apart from 10:00: 10:00 to 10:08
        assertThat(rows("by-hour")).hasSize(1);
        assertThat(rows("by-kiosk").getFirst().getTextRecursively()).contains("kiosk-1").contains("500");
        assertThat(rows("by-recognition")).hasSize(1);
        assertThat(rows("by-recognition").getFirst().getTextRecursively()).startsWith("Anonymous").contains("500");
    }

    @Test
    void misuseIsListedAndNotCountedAndFollowUpsAreTakenAndClosed() {
        LocalDate day = today().minusDays(3);
        answer(day, List.of(9, 2), List.of("Great", "Nobody called me back about my line"));
        // pressed again at the very same instant as the last answer: set aside
        Instant last = day.atTime(10, 0).atZone(settings.store().zone()).toInstant().plusSeconds(sent);
        ingest.store(new FeedbackBatch(List.of(FeedbackResponse.atKiosk(UUID.randomUUID(), null, 0, List.of(), null, last, "fr"))), "kiosk-1");
        open(day);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).contains("2 answers");
        assertThat(_get(H2.class, spec -> spec.withText("Misuse: 1"))).isNotNull();
        assertThat(rows("misuse")).hasSize(1);
        assertThat(rows("misuse").getFirst().getTextRecursively()).contains("kiosk-1").contains("of the kiosk's previous answer");

        // the detractor's follow-up was due two days after the answer: overdue now, and it stands out
        List<Element> due = rows("follow-ups").stream().filter(row -> row.getTextRecursively().contains("Nobody called me back")).toList();
        assertThat(due).hasSize(1);
        assertThat(due.getFirst().getClassList()).contains("overdue");
        assertThat(due.getFirst().getTextRecursively()).contains("overdue").contains("2/10").contains("nobody yet");
        assertThat(_get(H2.class, spec -> spec.withId("follow-ups-title")).getText()).contains("overdue");

        UUID id = followUps.withStatus(io.smartstore.store.followups.FollowUpStatus.OPEN).stream().filter(f -> "Nobody called me back about my line".equals(f.comment()))
                .findFirst().orElseThrow().id();
        _click(_find(Button.class, spec -> spec.withText("Take")).stream()
                .filter(b -> b.getElement().getAttribute("aria-label").contains(dueLabel(due.getFirst()))).findFirst().orElseThrow());
        assertThat(owner(id)).isEqualTo("nina");
        _click(_find(Button.class, spec -> spec.withText("Close…")).stream()
                .filter(b -> b.getElement().getAttribute("aria-label").contains(dueLabel(due.getFirst()))).findFirst().orElseThrow());
        _get(Select.class, spec -> spec.withId("follow-up-outcome")).setValue("NOT_REACHED");
        _get(TextArea.class, spec -> spec.withId("follow-up-note")).setValue("Voicemail, will try tomorrow");
        _click(_get(Button.class, spec -> spec.withId("follow-up-close")));
        FollowUp closed = followUps.withStatus(io.smartstore.store.followups.FollowUpStatus.CLOSED).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertThat(closed.outcome()).isEqualTo("NOT_REACHED");
        assertThat(closed.note()).isEqualTo("Voicemail, will try tomorrow");
        assertThat(rows("follow-ups").stream().map(Element::getTextRecursively)).noneMatch(row -> row.contains("Nobody called me back"));
        assertThat(text("follow-up-figures")).startsWith("1 opened");
    }

    private static String dueLabel(Element row) {
        return row.getChild(0).getText();
    }

    private String owner(UUID id) {
        return followUps.withStatus(null).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().owner();
    }

    @Test
    void theTrendComparesThePeriodWithTheOneBeforeAndDrawsEachDayWithItsBand() {
        LocalDate day = today().minusDays(30);
        // the 7 days up to the day: all promoters; the 7 before: all detractors, 30 a day
        for (int back = 0; back < 14; back++) {
            answer(day.minusDays(back), java.util.Collections.nCopies(30, back < 7 ? 10 : 2), null);
        }
        open(day);
        _click(_get(Button.class, spec -> spec.withId("period-7")));
        assertThat(_get(Button.class, spec -> spec.withId("period-7")).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(Paragraph.class, spec -> spec.withId("trend-sentence")).getText())
                .isEqualTo("Last 7 days: +100, up 200 points on the 7 days before (-100) — a real change.");
        String svg = _get(com.vaadin.flow.component.Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg.split("<circle", -1)).as("one point per day with answers").hasSize(8);

        _click(_get(Button.class, spec -> spec.withId("period-90")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("trend-sentence")).getText()).startsWith("Last 90 days: +0");
        svg = _get(com.vaadin.flow.component.Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg.split("<circle", -1)).hasSize(15);
    }

    @Test
    void anAnswerArrivingWhileThePageIsOpenShowsAtOnce() {
        LocalDate day = today();
        open(day);
        String before = _get(Paragraph.class, spec -> spec.withId("nps-detail")).getText();
        answer(day, List.of(0), null);
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Paragraph.class, spec -> spec.withId("nps-detail")).getText()).isNotEqualTo(before).contains("1 answer: 0 promoters, 0 passives, 1 detractor")
                .as("a word agrees with its number").doesNotContain("1 detractors");
    }

    @Test
    void aStoreFarBehindOnItsCallBacksSeesTheTwentyMostUrgentFirst() {
        LocalDate day = today().minusDays(1); // due tomorrow: after the other tests' call backs, which stay in view
        answer(day, java.util.Collections.nCopies(25, 1), java.util.Collections.nCopies(25, "Still waiting for a call"));
        int open = followUps.notClosed().size();
        open(day);
        assertThat(rows("follow-ups")).hasSize(20);
        assertThat(rows("follow-ups").getFirst().getChild(0).getText()).as("the earliest due first")
                .startsWith(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH)
                        .format(followUps.notClosed().getFirst().dueAt().atZone(settings.store().zone())));
        Button more = _get(Button.class, spec -> spec.withId("follow-ups-more"));
        assertThat(more.getText()).isEqualTo("Show " + Math.min(20, open - 20) + " more of " + (open - 20));
        _click(more);
        assertThat(rows("follow-ups")).hasSize(Math.min(40, open));
    }

    @Test
    void theCustomerToCallBackHasTheirHistoryOneTapAway() throws Exception {
        customerImport.importLines(new java.io.BufferedReader(new java.io.StringReader(
                "{\"ref\":\"C-CALL\",\"firstName\":\"Camille\",\"language\":\"fr\",\"segment\":\"CONSUMER\",\"history\":[{\"sphere\":\"HOME\","
                        + "\"date\":\"2026-01-10\",\"kind\":\"PRODUCT\",\"title\":\"Fibre 2 Gb/s\",\"status\":\"ACTIVE\"}]}\n")));
        // a recognised detractor who agreed to be called back
        followUps.open(UUID.randomUUID(), clock.instant().minus(java.time.Duration.ofDays(3)), today().minusDays(3), 3,
                "Please call me", "C-CALL", true);
        open(today().minusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Camille")));
        com.vaadin.flow.component.dialog.Dialog history = _get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(history.getHeaderTitle()).isEqualTo("Camille");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(line -> line.contains("Fibre 2 Gb/s"));
    }
}
