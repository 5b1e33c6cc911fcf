package io.smartstore.kiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.smartstore.devices.fake.FakeCardReader;
import io.smartstore.kiosk.feedback.FeedbackOutbox;
import io.smartstore.kiosk.recognition.RecognitionResult;
import io.smartstore.kiosk.readers.ReaderDevices;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.kiosk.ui.KioskView;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.TicketStatus;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.FeedbackResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * The kiosk's screens without a browser: the demo's fake reader is swiped, the store
 * answers as the test says, and the test reads what the customer would see.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class KioskJourneyTest {

    static final UUID VISIT = UUID.randomUUID();
    static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    ReaderDevices devices;
    FakeCardReader reader;
    @Autowired
    FeedbackOutbox outbox;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @MockitoBean
    StoreClient store;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("io.smartstore.kiosk");
    }

    @BeforeEach
    void openTheKiosk() {
        reader = (FakeCardReader) devices.cardReader().orElseThrow();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate("");
        when(store.sendFeedback(any())).thenAnswer(call -> new BatchReceipt(List.of(), List.of()));
    }

    @AfterEach
    void closeTheKiosk() {
        MockVaadin.tearDown();
    }

    @Test
    void aKnownCardShowsTheCustomersHistoryBySphere() {
        recognise("6280001000000014", camille());
        reader.swipe("6280001000000014");

        awaitScreen("personal-screen");
        String text = screenText();
        assertThat(text).contains("Hello Camille").contains("Home").contains("Fibre 2 Gb/s").contains("On the move")
                .contains("Line ••••5678");
        assertThat(text).doesNotContain("0612345678");
    }

    @Test
    void aBankCardIsRefusedInPlainWords() {
        when(store.identify(eq(CredentialMethod.CARD), eq("4111111111111111"), any())).thenReturn(new RecognitionResult.Refused(ProblemCode.CARD_NOT_ACCEPTED));
        reader.swipe("4111111111111111");

        awaitScreen("message-screen");
        assertThat(screenText()).contains("This looks like a bank card").contains("Continue without signing in");
    }

    @Test
    void withoutItsStoreTheKioskSaysSoAndOffersTheAnonymousPath() {
        when(store.identify(any(), any(), any())).thenReturn(new RecognitionResult.StoreUnreachable());
        reader.swipe("6280001000000014");

        awaitScreen("message-screen");
        assertThat(screenText()).contains("We can't look you up right now");
        _click(_find(Button.class, spec -> spec.withText("Continue without signing in")).getFirst());
        awaitScreen("rating-screen");
    }

    @Test
    void aSwipeTheReaderCouldNotReadAsksForAnotherAndTheStoreLearnsWhyNobodyWasRecognised() {
        reader.send("%E?;E?\r\n");
        awaitScreen("message-screen");
        assertThat(screenText()).contains("We couldn't read your card");

        _click(_find(Button.class, spec -> spec.withText("Continue without signing in")).getFirst());
        awaitScreen("rating-screen");
        org.mockito.Mockito.verify(store, org.mockito.Mockito.timeout(2000)).anonymousSession(any(), eq(io.smartstore.protocol.wire.RecognitionMiss.UNREADABLE));
    }

    @Test
    void aCardWhoseNumberTheStoreRefusesAsksForAnotherSwipe() {
        // the driver reports the number whatever its check digit; the store's programme decides
        when(store.identify(eq(CredentialMethod.CARD), eq("6280001000000015"), any()))
                .thenReturn(new RecognitionResult.Refused(ProblemCode.INVALID_CREDENTIAL));
        reader.swipe("6280001000000015");

        awaitScreen("message-screen");
        assertThat(screenText()).contains("We couldn't read your card");
    }

    @Test
    void theScoreIsKeptWhenTappedAndTheReasonsCompleteItBeforeThankYou() {
        recognise("6280001000000014", camille());
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");

        _click(_find(Button.class, spec -> spec.withId("rate-visit")).getFirst());
        assertThat(_find(Button.class, spec -> spec.withClasses("score"))).hasSize(11);
        _click(_find(Button.class, spec -> spec.withId("score-9")).getFirst());
        assertThat(screenText()).contains("What did you like?").contains("Friendly staff").doesNotContain("Waiting time");
        FeedbackResponse kept = answerOfVisit();
        assertThat(kept.score()).isEqualTo(9);
        assertThat(outbox.pending(500)).as("open while the customer may still add reasons").noneMatch(r -> r.id().equals(kept.id()));

        _click(_find(Button.class, spec -> spec.withId("reason-friendly_staff")).getFirst());
        for (String key : new String[]{"m", "e", "r", "c", "i"}) {
            _click(_find(Button.class, spec -> spec.withText(key).withClasses("key")).getFirst());
        }
        assertThat(_find(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("comment")).getFirst().getValue()).isEqualTo("merci");
        _click(_find(Button.class, spec -> spec.withId("send-feedback")).getFirst());

        assertThat(_find(Component.class, spec -> spec.withId("thank-you-screen"))).hasSize(1);
        FeedbackResponse sent = outbox.pending(500).stream().filter(r -> r.id().equals(kept.id())).findFirst().orElseThrow();
        assertThat(sent.score()).isEqualTo(9);
        assertThat(sent.reasons()).containsExactly("FRIENDLY_STAFF");
        assertThat(sent.comment()).isEqualTo("merci");
        awaitScreen("attract-screen");
        assertThat(screenText()).doesNotContain("Hello Camille").doesNotContain("Fibre");
    }

    private FeedbackResponse answerOfVisit() {
        return jdbc.sql("SELECT ID, SCORE FROM OUTBOX WHERE VISIT_ID = ? ORDER BY ANSWERED_AT DESC FETCH FIRST 1 ROWS ONLY").param(VISIT)
                .query((rs, i) -> FeedbackResponse.atKiosk(rs.getObject("ID", UUID.class), VISIT, rs.getInt("SCORE"), List.of(), null,
                        java.time.Instant.now(), null)).single();
    }

    @Test
    void aRecognisedDetractorIsAskedWhetherTheStoreMayCallBackAndAnAnonymousOneIsNot() {
        recognise("6280001000000014", camille());
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");
        _click(_find(Button.class, spec -> spec.withId("rate-visit")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("score-3")).getFirst());
        _find(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("call-back")).getFirst().setValue(true);
        _click(_find(Button.class, spec -> spec.withId("send-feedback")).getFirst());
        FeedbackResponse sent = outbox.pending(500).stream().filter(r -> VISIT.equals(r.visitId()) && r.score() == 3).findFirst().orElseThrow();
        assertThat(sent.consentToContact()).isTrue();

        awaitScreen("attract-screen");
        _click(_find(Button.class, spec -> spec.withId("continue-anonymously")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("score-3")).getFirst());
        assertThat(_find(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("call-back"))).isEmpty();
    }

    @Test
    void namesAndTitlesAreShownAsTextNeverAsMarkup() {
        Identification sneaky = new Identification(VISIT, new Identification.CustomerSummary("C-2", "<img src=x onerror=alert(1)>Zoé", "en", null),
                List.of(new Identification.SphereHistory("HOME", List.of(
                        new Identification.HistoryItem(LocalDate.of(2026, 1, 1), "PRODUCT", "<b>Fibre</b>'); DROP TABLE CUSTOMER;--", "ACTIVE", null)))),
                List.of(), Identification.Assurance.HIGH);
        recognise("6280001000000014", sneaky);
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");

        assertThat(screenText()).contains("Hello <img src=x onerror=alert(1)>Zoé").contains("<b>Fibre</b>'); DROP TABLE CUSTOMER;--");
        assertThat(_find(com.vaadin.flow.component.html.Image.class)).isEmpty();
        assertThat(_find(KioskView.class).getFirst().getElement().getOuterHTML()).doesNotContain("<img src=x").doesNotContain("<b>Fibre");
    }

    @Test
    void anNfcRecognitionShowsSpheresButNoDetails() {
        Identification nfc = new Identification(VISIT, new Identification.CustomerSummary("C-1", "Camille", "en", "CONSUMER"),
                List.of(new Identification.SphereHistory("HOME", List.of(
                        new Identification.HistoryItem(LocalDate.of(2026, 10, 2), "PRODUCT", null, "ACTIVE", null)))),
                List.of(), Identification.Assurance.LOW);
        recognise("6280001000000014", nfc);
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");
        assertThat(screenText()).contains("Hello Camille").contains("Home").contains("Details hidden");
    }

    @Test
    void aCustomerIsGreetedInTheirLanguageAndTheNextPersonGetsTheKiosksAgain() {
        Identification french = new Identification(VISIT, new Identification.CustomerSummary("C-1", "Camille", "fr", "CONSUMER"),
                camille().history(), List.of(), Identification.Assurance.HIGH);
        recognise("6280001000000014", french);
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");
        assertThat(screenText()).contains("Bonjour Camille").contains("Maison").contains("En déplacement").contains("Notez votre visite");

        _click(_find(Button.class, spec -> spec.withId("done")).getFirst());
        assertThat(screenText()).contains("Welcome").contains("Tap your card or scan your app code");
    }

    @Test
    void suggestionsShowWithTheirReasonInTheCustomersLanguage() {
        Identification withSteps = new Identification(VISIT, new Identification.CustomerSummary("C-1", "Camille", "fr", "CONSUMER"),
                camille().history(), List.of(new Identification.Suggestion("MOBILE", "Your request \"Roaming refund\" is still open",
                "request open for more than 7 days", "REQUEST_OPEN", "Roaming refund")), Identification.Assurance.HIGH);
        recognise("6280001000000014", withSteps);
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");
        assertThat(screenText()).contains("Votre demande « Roaming refund » est toujours ouverte")
                .contains("Parce qu'elle est ouverte depuis plus de 7 jours");
    }

    @Test
    void theLanguageSwitchOffersLanguagesByNameAndArabicReadsRightToLeft() {
        assertThat(screenText()).contains("English").contains("Français").contains("Español").contains("العربية");
        _click(_find(Button.class, spec -> spec.withId("language-ar")).getFirst());
        assertThat(screenText()).contains("أهلاً وسهلاً");
        assertThat(_find(KioskView.class).getFirst().getElement().getAttribute("dir")).isEqualTo("rtl");

        _click(_find(Button.class, spec -> spec.withId("language-es")).getFirst());
        assertThat(screenText()).contains("Bienvenido").contains("Hablar con un asesor");
        assertThat(_find(KioskView.class).getFirst().getElement().getAttribute("dir")).isEqualTo("ltr");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "unknown_customer|We don't recognise this card",
            "card_not_accepted|This looks like a bank card",
            "invalid_credential|We couldn't read your card",
            "token_expired|This app code has expired",
            "token_replayed|This app code was already used",
            "token_invalid|This is not a code from our app",
            "http_500|Please try again, or continue without signing in",
    })
    void everyRefusalIsAPlainMessageWithAWayForward(String code, String message) {
        when(store.identify(any(), any(), any())).thenReturn(new RecognitionResult.Refused(ProblemCode.of(code).orElse(ProblemCode.INTERNAL_ERROR)));
        reader.swipe("6280001000000014");
        awaitScreen("message-screen");
        assertThat(screenText()).contains(message).contains("Try again").contains("Continue without signing in");
    }

    @Test
    void aCustomerCanRateLaterOnTheirPhone() {
        when(store.phoneSurvey(any(), any(), any())).thenReturn(java.util.Optional.of("https://store.example/survey/abc123"));
        _click(_find(Button.class, spec -> spec.withId("continue-anonymously")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("rate-later")).getFirst());
        awaitScreen("phone-survey-screen");
        var code = _find(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("phone-survey-code")).getFirst();
        assertThat(code.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(screenText()).contains("Scan this code with your phone's camera");
    }

    @Test
    void withoutItsStoreThereIsNoPhoneLinkAndTheKioskSaysSo() {
        when(store.phoneSurvey(any(), any(), any())).thenReturn(java.util.Optional.empty());
        _click(_find(Button.class, spec -> spec.withId("continue-anonymously")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("rate-later")).getFirst());
        awaitScreen("message-screen");
        assertThat(screenText()).contains("We can't make a phone link right now");
    }

    @Test
    void aLowScoreAsksWhatWentWrong() {
        _click(_find(Button.class, spec -> spec.withId("continue-anonymously")).getFirst());
        _click(_find(Button.class, spec -> spec.withId("score-3")).getFirst());
        assertThat(screenText()).contains("What went wrong?").contains("Waiting time").contains("My request wasn't solved")
                .doesNotContain("Friendly staff");
    }

    @Test
    void anAnonymousCustomerGetsATicketThatFollowsTheQueue() {
        when(store.takeTicket(org.mockito.ArgumentMatchers.isNull(), eq("HOME"), any(), eq("en"))).thenReturn(java.util.Optional.of(
                new QueueTicket("H-001", TicketStatus.WAITING, 3, new QueueTicket.Wait(4, 8), null, null, "http://shop.example/ticket/abc")));
        when(store.ticket("H-001")).thenReturn(java.util.Optional.of(new QueueTicket("H-001", TicketStatus.CALLED, 0, null, "Julie", "3")));

        _click(_find(Button.class, spec -> spec.withId("talk-to-adviser")).getFirst());
        awaitScreen("sphere-choice-screen");
        assertThat(screenText()).contains("Home").contains("Work").contains("Well-being").contains("On the move");
        _click(_find(Button.class, spec -> spec.withId("sphere-home")).getFirst());

        awaitScreen("ticket-screen");
        // the ticket carries the session: recognised at the desk, the customer's session counts as recognised there
        var session = org.mockito.ArgumentCaptor.forClass(UUID.class);
        org.mockito.Mockito.verify(store, org.mockito.Mockito.timeout(2000)).anonymousSession(session.capture(), org.mockito.ArgumentMatchers.isNull());
        org.mockito.Mockito.verify(store).takeTicket(null, "HOME", session.getValue(), "en");
        assertThat(screenText()).contains("H-001").contains("2 people before you · about 4–8 min")
                .contains("You may walk around: scan the code to follow your place on your phone.");
        assertThat(_get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("ticket-phone-code")).getAlt())
                .hasValue("The code for your phone");
        assertThat(_find(Button.class, spec -> spec.withId("text-me"))).as("an anonymous customer cannot be texted").isEmpty();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return screenText().contains("It's your turn: Julie is waiting for you at desk 3.");
        });
    }

    @Test
    void aRecognisedCustomerWithAMobileNumberMayAskToBeTextedWhenTheirTurnComes() {
        recognise("6280001000000014", camille());
        when(store.takeTicket(eq(VISIT), eq("HOME"), any(), eq("en"))).thenReturn(java.util.Optional.of(
                new QueueTicket("H-002", TicketStatus.WAITING, 2, new QueueTicket.Wait(3, 7), null, null, "http://shop.example/ticket/abc", true)));
        when(store.textMe("H-002")).thenReturn(true);
        reader.swipe("6280001000000014");
        awaitScreen("personal-screen");
        _click(_find(Button.class, spec -> spec.withId("talk-to-adviser")).getFirst());
        awaitScreen("sphere-choice-screen");
        _click(_find(Button.class, spec -> spec.withId("sphere-home")).getFirst());
        awaitScreen("ticket-screen");

        _click(_get(Button.class, spec -> spec.withId("text-me")));
        awaitScreen("ticket-texts");
        org.mockito.Mockito.verify(store).textMe("H-002");
        assertThat(screenText()).contains("We will text you when you are next and when you are called.");
    }

    @Test
    void withoutItsStoreTheKioskCannotGiveATicketAndSaysSo() {
        when(store.takeTicket(any(), any(), any(), any())).thenReturn(java.util.Optional.empty());
        _click(_find(Button.class, spec -> spec.withId("talk-to-adviser")).getFirst());
        awaitScreen("sphere-choice-screen");
        _click(_find(Button.class, spec -> spec.withId("sphere-mobile")).getFirst());
        awaitScreen("message-screen");
        assertThat(screenText()).contains("We can't give you a ticket right now");
    }

    private void recognise(String card, Identification identification) {
        when(store.identify(eq(CredentialMethod.CARD), eq(card), any())).thenReturn(new RecognitionResult.Recognised(identification));
    }

    private static Identification camille() {
        return new Identification(VISIT, new Identification.CustomerSummary("C-1", "Camille", "en", "CONSUMER"),
                List.of(new Identification.SphereHistory("MOBILE", List.of(
                                new Identification.HistoryItem(LocalDate.of(2026, 11, 10), "PRODUCT", "Line 0612345678", "ACTIVE", null))),
                        new Identification.SphereHistory("HOME", List.of(
                                new Identification.HistoryItem(LocalDate.of(2026, 10, 2), "PRODUCT", "Fibre 2 Gb/s", "ACTIVE", null)))),
                List.of(), Identification.Assurance.HIGH);
    }

    private static void awaitScreen(String id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
        });
    }

    private static String screenText() {
        return _find(KioskView.class).getFirst().getElement().getTextRecursively();
    }
}
