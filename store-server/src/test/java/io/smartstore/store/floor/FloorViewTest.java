package io.smartstore.store.floor;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.smartstore.store.queue.AdviserDuty;
import io.smartstore.store.queue.QueueBroadcaster;
import io.smartstore.store.queue.SphereCatalogue;
import io.smartstore.store.queue.Ticket;
import io.smartstore.store.queue.TicketOutcome;
import io.smartstore.store.queue.Tickets;
import io.smartstore.support.staff.StaffUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The floor view without a browser: its states, and its refusals said plainly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FloorViewTest {

    @Autowired
    Tickets tickets;
    @Autowired
    AdviserDuty duty;
    @Autowired
    QueueBroadcaster broadcaster;
    @Autowired
    SphereCatalogue catalogue;
    @Autowired
    StaffUsers staff;
    @Autowired
    io.smartstore.store.queue.SignedInAdvisers advisers;
    @Autowired
    CustomerContexts contexts;
    @Autowired
    DeskRecognition desks;
    @Autowired
    io.smartstore.store.recognition.Recognition recognition;
    @Autowired
    io.smartstore.store.followups.FollowUps followUps;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    io.smartstore.store.customers.Customers customers;
    @Autowired
    FollowUpLists followUpLists;
    @Autowired
    io.smartstore.store.feedback.FeedbackIngest ingest;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void signInAsLea() {
        if (!staff.exists("lea-v")) {
            staff.add("lea-v", "lea-v-password-1", List.of("ADVISER"), "Léa", null);
        }
        duty.offDuty("lea-v");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lea-v", null,
                AuthorityUtils.createAuthorityList("ROLE_ADVISER")));
        while (tickets.callNext(new Tickets.Caller("sweeper", "Sweeper", "9", List.of())).isPresent()) {
            // earlier tests' tickets no longer wait
        }
        MockVaadin.setup();
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private FloorView open() {
        FloorView view = new FloorView(tickets, duty, broadcaster, catalogue, advisers, contexts, desks, followUpLists, clock);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void callingWithNobodyWaitingSaysSo() {
        open();
        _get(TextField.class, spec -> spec.withId("duty-desk")).setValue("3");
        _click(_get(Button.class, spec -> spec.withId("duty-toggle")));
        assertThat(duty.of("lea-v")).hasValueSatisfying(onDuty -> assertThat(onDuty.desk()).isEqualTo("3"));
        _click(_get(Button.class, spec -> spec.withId("call-next")));
        expectNotifications("Nobody is waiting for your spheres");
    }

    @Test
    void goingOnDutyNeedsADesk() {
        open();
        _click(_get(Button.class, spec -> spec.withId("duty-toggle")));
        assertThat(duty.of("lea-v")).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("duty-status")).getText()).contains("Choose your desk");
    }

    @Test
    void aTicketTakenAtTheKioskAppearsAtOnceAndIsCalledAndFinished() {
        open();
        _get(TextField.class, spec -> spec.withId("duty-desk")).setValue("2");
        _click(_get(Button.class, spec -> spec.withId("duty-toggle")));
        String ticket = tickets.take(new Tickets.Request("HOME", "Fibre", null)).ticket(); // a kiosk, elsewhere
        MockVaadin.clientRoundtrip(false); // the pushed change
        assertThat(_get(Div.class, spec -> spec.withId("waiting")).getElement().getTextRecursively()).contains(ticket).contains("Anonymous");

        _click(_get(Button.class, spec -> spec.withId("call-next")));
        expectNotifications("Calling " + ticket);
        assertThat(_get(Div.class, spec -> spec.withId("mine")).getElement().getTextRecursively()).contains(ticket).contains("called to desk 2");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("outcome")).setValue(TicketOutcome.RESOLVED);
        _click(_get(Button.class, spec -> spec.withId("finish")));
        expectNotifications("Finished " + ticket);
        assertThat(_get(Div.class, spec -> spec.withId("mine")).getElement().getTextRecursively()).contains("Nobody yet");
    }

    @Test
    void theDesksReaderRecognisesTheCustomerOfAnAnonymousTicketAndTheirContextShows() {
        customers.replace(new io.smartstore.store.customers.CustomerLine("DESK-VIEW-1", "Yasmine", "fr", "CONSUMER", List.of("6280007770000027"), List.of(),
                List.of(), java.time.LocalDate.of(1990, 7, 14)));
        open();
        _get(TextField.class, spec -> spec.withId("duty-desk")).setValue("4");
        _click(_get(Button.class, spec -> spec.withId("duty-toggle")));
        String ticket = tickets.take(new Tickets.Request("HOME", null, null)).ticket();
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("call-next")));
        expectNotifications("Calling " + ticket);

        _click(_get(Button.class, spec -> spec.withId("recognise")));
        expectNotifications("Swipe the card at the desk reader, or type the customer's reference");
        _get(TextField.class, spec -> spec.withId("desk-credential")).setValue("DESK-VIEW-1"); // a reference without its check
        _click(_get(Button.class, spec -> spec.withId("recognise")));
        expectNotifications("A customer's reference needs their date of birth as a check");
        // the desk's reader in keyboard mode types the stripe's track 2
        _get(TextField.class, spec -> spec.withId("desk-credential")).setValue(";6280007770000027=29121010000?");
        _click(_get(Button.class, spec -> spec.withId("recognise")));
        expectNotifications("Recognised: Yasmine");
        assertThat(_get(Div.class, spec -> spec.withId("customer-context")).getElement().getTextRecursively()).contains("Yasmine");
        assertThat(_find(Div.class, spec -> spec.withId("recognise-at-desk"))).isEmpty();
    }

    @Test
    void anUnhappyCustomerStillInTheShopIsPushedToTheFloorAndAnAdviserTakesItNow() {
        UUID visit = recognisedVisit("SHOP-NOW-1", "Inès", "6280007779999914");
        open();
        assertThat(_find(Div.class, spec -> spec.withId("in-the-shop"))).as("nobody unhappy in the shop yet: not shown").isEmpty();
        long recoveredBefore = followUpFigures().recoveredInTheShop();

        unhappy(visit, "I waited forty minutes");
        MockVaadin.clientRoundtrip(false); // pushed once the answer is stored
        Div inTheShop = _get(Div.class, spec -> spec.withId("in-the-shop"));
        assertThat(inTheShop.getElement().getTextRecursively()).contains("Inès gave 3").contains("I waited forty minutes").contains("Waiting time");
        var followUp = followUps.inTheShop().getFirst();

        _click(_get(Button.class, spec -> spec.withId("take-now-" + followUp.id())));
        expectNotifications("Yours: go and see Inès");
        assertThat(followUps.notClosed().stream().filter(f -> f.id().equals(followUp.id())).findFirst().orElseThrow().owner()).isEqualTo("lea-v");
        assertThat(_find(Div.class, spec -> spec.withId("in-the-shop"))).as("taken: off every floor").isEmpty();
        followUps.update(followUp.id(), new io.smartstore.store.followups.FollowUp.Change(null, io.smartstore.store.followups.FollowUpStatus.CLOSED,
                io.smartstore.store.followups.FollowUps.RECOVERED_IN_THE_SHOP, "apologised, offered a month"));
        assertThat(followUpFigures().recoveredInTheShop()).isEqualTo(recoveredBefore + 1);
    }

    @Test
    void anUnhappyCustomerSeenLongerAgoThanTheWindowIsNotPushedButCalledBackLater() {
        UUID visit = recognisedVisit("SHOP-GONE-1", "Hugo", "6280007779999922");
        jdbc.sql("UPDATE VISIT SET STARTED_AT = ? WHERE ID = ?").params(clock.instant().minus(java.time.Duration.ofMinutes(25))
                .atOffset(java.time.ZoneOffset.UTC), visit).update(); // 25 minutes ago: the window is 20
        open();
        unhappy(visit, "nobody helped");
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Div.class, spec -> spec.withId("in-the-shop"))).isEmpty();
        assertThat(followUps.notClosed()).anyMatch(f -> "nobody helped".equals(f.comment()));
    }

    /** A customer recognised at a kiosk now: their visit. */
    private UUID recognisedVisit(String ref, String firstName, String card) {
        customers.replace(new io.smartstore.store.customers.CustomerLine(ref, firstName, "fr", "CONSUMER", List.of(card), List.of(), List.of(), null));
        return recognition.identify(new io.smartstore.protocol.wire.IdentificationRequest(io.smartstore.protocol.wire.CredentialMethod.CARD,
                card, UUID.randomUUID()), "kiosk-1").visitId();
    }

    /** A detractor's answer of this visit, with consent to be contacted, stored as a kiosk's batch is. */
    private void unhappy(UUID visit, String comment) {
        ingest.store(new io.smartstore.protocol.wire.FeedbackBatch(List.of(new io.smartstore.protocol.wire.FeedbackResponse(UUID.randomUUID(), visit, 3,
                List.of("WAIT_TIME"), comment, clock.instant(), "fr", null, Boolean.TRUE, io.smartstore.protocol.wire.FeedbackResponse.Channel.KIOSK))), "kiosk-1");
    }

    private io.smartstore.store.followups.FollowUps.Figures followUpFigures() {
        return followUps.on(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))));
    }

    @Test
    void aTicketAnotherAdviserCalledAMomentAgoIsRefusedPlainlyAndAManagersChangeShowsAtOnce() {
        open();
        _get(TextField.class, spec -> spec.withId("duty-desk")).setValue("2");
        _click(_get(Button.class, spec -> spec.withId("duty-toggle")));
        String ticket = tickets.take(new Tickets.Request("WORK", null, null)).ticket();
        MockVaadin.clientRoundtrip(false);
        Button call = _get(Button.class, spec -> spec.withId("call-" + ticket));
        // Omar calls it while Léa's finger is on its button: her click arrives after his call
        tickets.call(ticket, new Tickets.Caller("omar", "Omar", "5", List.of()));
        call.click();
        expectNotifications("Another adviser called this ticket a moment ago");
        assertThat(_get(Div.class, spec -> spec.withId("served")).getElement().getTextRecursively()).contains(ticket).contains("Omar");

        String mine = tickets.take(new Tickets.Request("WORK", null, null)).ticket();
        _click(_get(Button.class, spec -> spec.withId("call-next")));
        expectNotifications("Calling " + mine);
        tickets.noShow(mine, new Ticket.Actor("nina", true)); // a manager, elsewhere
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Div.class, spec -> spec.withId("mine")).getElement().getTextRecursively()).contains("Nobody yet");
    }

    @Test
    void aSessionThatEndsTakesTheAdviserOffDuty() {
        duty.onDuty("lea-v", "5", List.of("HOME"));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication()));
        events.publishEvent(new HttpSessionDestroyedEvent(session));
        assertThat(duty.of("lea-v")).isEmpty();
    }

    @Test
    void anOverdueCallBackStandsOutOnTheFloor() {
        ingest.store(new io.smartstore.protocol.wire.FeedbackBatch(List.of(io.smartstore.protocol.wire.FeedbackResponse.atKiosk(
                java.util.UUID.randomUUID(), null, 1, List.of("WAIT_TIME"), "Waited an hour for nothing",
                clock.instant().minus(java.time.Duration.ofDays(3)), "en"))), "kiosk-1");
        open();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("follow-ups-title")).getText()).contains("1 overdue");
        var overdueRows = new java.util.ArrayList<com.vaadin.flow.dom.Element>();
        collectOverdue(_get(FollowUpList.class).getElement(), overdueRows);
        assertThat(overdueRows).hasSize(1);
        assertThat(overdueRows.getFirst().getTextRecursively()).contains("Waited an hour for nothing").contains("overdue");
        _click(_get(Button.class, spec -> spec.withText("Take")));
        assertThat(_get(FollowUpList.class).getElement().getTextRecursively()).contains("lea-v");
    }

    private static void collectOverdue(com.vaadin.flow.dom.Element element, List<com.vaadin.flow.dom.Element> found) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getTag().equals("tr") && element.getClassList().contains("overdue")) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collectOverdue(child, found));
    }
}
