package io.smartstore.store.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.store.queue.AdviserDuty;
import io.smartstore.store.queue.Floor;
import io.smartstore.store.queue.QueueBroadcaster;
import io.smartstore.support.push.LiveRefresh;
import io.smartstore.store.queue.SphereCatalogue;
import io.smartstore.store.queue.SignedInAdvisers;
import io.smartstore.store.queue.Ticket;
import io.smartstore.store.queue.TicketOutcome;
import io.smartstore.store.queue.Tickets;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.TicketStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The adviser's tablet: go on duty at a desk for some spheres, see who waits (live, by server
 * push), call the next one or a chosen one, and take the customer through the visit to its
 * outcome. A manager sees and may act on every ticket.
 */
@Route("floor")
@PageTitle("Floor · Smart Store")
@Menu(title = "Floor", order = 0, icon = "vaadin:users")
@RolesAllowed({"ADVISER", "MANAGER"})
public class FloorView extends Main {

    private final Tickets tickets;
    private final CustomerContexts contexts;
    private final DeskRecognition desks;
    private final AdviserDuty duty;
    private final Clock clock;
    private final SignedInAdvisers advisers;
    private final Authentication signedIn;
    private final String username;
    private final Map<String, String> sphereLabels;
    private final TextField desk = new TextField("Desk");
    private final CheckboxGroup<String> spheres = new CheckboxGroup<>("Spheres I serve");
    private final Button dutyButton = new Button();
    private final Paragraph dutyStatus = new Paragraph();
    private final Div mine = new Div();
    private final Div waiting = new Div();
    private final Div served = new Div();
    private final H2 waitingTitle = new H2();
    private final FollowUpList followUps;

    FloorView(Tickets tickets, AdviserDuty duty, QueueBroadcaster broadcaster, SphereCatalogue catalogue, SignedInAdvisers advisers,
              CustomerContexts contexts, DeskRecognition desks, FollowUpLists followUpLists, Clock clock) {
        this.tickets = tickets;
        this.contexts = contexts;
        this.desks = desks;
        this.duty = duty;
        this.clock = clock;
        this.advisers = advisers;
        this.signedIn = SecurityContextHolder.getContext().getAuthentication(); // the view's user, for the clicks to come
        this.username = signedIn.getName();
        this.sphereLabels = catalogue.labels();
        addClassName("floor-view");
        this.followUps = followUpLists.forStaff(username);
        add(new H1("Floor"), followUpLists.inTheShopFor(username), dutyPanel(), callNextButton(), section("Your customer", mine, "mine"),
                waitingTitle, waiting, section("Being served", served, "served"), followUps);
        waiting.setId("waiting");
        refresh();
        LiveRefresh.keep(this, broadcaster, 15_000, this::refresh, () -> { // the minutes waited move on even when nothing happens
            refresh();
            followUps.refresh(); // a follow-up falls overdue with time alone
        });
    }

    private Div dutyPanel() {
        desk.setId("duty-desk");
        desk.setMaxLength(16);
        desk.setPlaceholder("2");
        spheres.setId("duty-spheres");
        spheres.setItems(sphereLabels.keySet());
        spheres.setItemLabelGenerator(code -> sphereLabels.getOrDefault(code, code));
        Optional<AdviserDuty.Duty> current = duty.of(username);
        current.ifPresentOrElse(onDuty -> {
            desk.setValue(onDuty.desk());
            spheres.setValue(new LinkedHashSet<>(onDuty.spheres()));
        }, () -> spheres.setValue(new LinkedHashSet<>(sphereLabels.keySet())));
        dutyButton.setId("duty-toggle");
        dutyButton.addClickListener(click -> toggleDuty());
        dutyStatus.setId("duty-status");
        Div panel = new Div(desk, spheres, dutyButton, dutyStatus);
        panel.addClassName("duty");
        return panel;
    }

    private void toggleDuty() {
        if (duty.of(username).isPresent()) {
            duty.offDuty(username);
        } else if (desk.getValue().isBlank() || spheres.getValue().isEmpty()) {
            dutyStatus.setText("Choose your desk and at least one sphere to go on duty.");
            return;
        } else {
            duty.onDuty(username, desk.getValue().strip(), sphereLabels.keySet().stream().filter(spheres.getValue()::contains).toList());
        }
        refresh();
    }

    private Button callNextButton() {
        Button callNext = new Button("Call next", click -> act(() -> tickets.callNext(caller())
                .map(called -> "Calling " + called.ticket())
                .orElse("Nobody is waiting for your spheres")));
        callNext.setId("call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return callNext;
    }

    private static Div section(String title, Div content, String id) {
        content.setId(id);
        Div section = new Div(new H2(title), content);
        section.addClassName("floor-section");
        return section;
    }

    /** Redraws everything from the queue as it is now. */
    private void refresh() {
        Optional<AdviserDuty.Duty> onDuty = duty.of(username);
        dutyButton.setText(onDuty.isPresent() ? "Go off duty" : "Go on duty");
        dutyStatus.setText(onDuty.map(d -> "On duty at desk " + d.desk() + " for " + d.spheres().stream()
                .map(code -> sphereLabels.getOrDefault(code, code)).collect(Collectors.joining(", "))).orElse("Off duty"));
        Floor floor = tickets.floor();
        Instant now = clock.instant();
        mine.removeAll();
        floor.inService().stream().filter(ticket -> username.equals(ticket.adviserUsername())).forEach(ticket -> mine.add(myTicket(ticket)));
        if (mine.getChildren().findAny().isEmpty()) {
            mine.add(new Paragraph("Nobody yet: call the next customer."));
        }
        waitingTitle.setText("Waiting (" + floor.waiting().size() + ")");
        waiting.removeAll();
        floor.waiting().forEach(ticket -> waiting.add(waitingRow(ticket, now)));
        served.removeAll();
        floor.inService().stream().filter(ticket -> !username.equals(ticket.adviserUsername()))
                .forEach(ticket -> served.add(servedRow(ticket)));
    }

    private Div waitingRow(Floor.Waiting ticket, Instant now) {
        long waited = Duration.between(ticket.since(), now).toMinutes();
        Span number = new Span(ticket.ticket());
        number.addClassName("ticket-number");
        Span who = new Span(ticket.recognised() && ticket.firstName() != null ? ticket.firstName() : "Anonymous");
        Span what = new Span(sphereLabels.getOrDefault(ticket.sphere(), ticket.sphere()) + (ticket.topic() == null ? "" : " · " + ticket.topic()));
        Span wait = new Span("waiting " + waited + " min" + (ticket.promised() == null ? ""
                : " · promised " + ticket.promised().minMinutes() + "–" + ticket.promised().maxMinutes() + " min")
                + (ticket.expected() == null ? "" : " · called in " + ticket.expected().minMinutes() + "–" + ticket.expected().maxMinutes() + " min"));
        Button call = new Button("Call", click -> act(() -> "Calling " + tickets.call(ticket.ticket(), caller()).ticket()));
        call.setId("call-" + ticket.ticket());
        Div row = new Div(number, who, what, wait, call);
        row.addClassName("queue-row");
        if (ticket.overdue(now)) {
            row.addClassName("overdue");
            wait.setText(wait.getText() + " · past its promise");
        }
        return row;
    }

    private Div myTicket(Floor.InService ticket) {
        Span number = new Span(ticket.ticket());
        number.addClassName("ticket-number");
        Span state = new Span(ticket.status() == TicketStatus.CALLED ? "called to desk " + ticket.desk() + (ticket.onTheWay() ? " · on the way" : "")
                : "being served");
        state.setId("state-" + ticket.ticket());
        Button recall = stepButton("Recall", ticket, Ticket.Step.RECALL, () -> tickets.recall(ticket.ticket(), actor()));
        Button start = stepButton("Start", ticket, Ticket.Step.START, () -> tickets.start(ticket.ticket(), actor()));
        Button noShow = stepButton("No-show", ticket, Ticket.Step.NO_SHOW, () -> tickets.noShow(ticket.ticket(), actor()));
        Select<String> to = new Select<>();
        to.setAriaLabel("Transfer to");
        to.setItems(sphereLabels.keySet());
        to.setItemLabelGenerator(code -> sphereLabels.getOrDefault(code, code));
        Button transfer = new Button("Transfer", click -> act(() -> {
            if (to.getValue() == null) {
                return "Choose the sphere to transfer to";
            }
            return "Transferred " + tickets.transfer(ticket.ticket(), actor(), to.getValue()).ticket();
        }));
        Select<TicketOutcome> outcome = new Select<>();
        outcome.setId("outcome");
        outcome.setAriaLabel("Outcome");
        outcome.setItems(TicketOutcome.values());
        outcome.setItemLabelGenerator(code -> code.name().charAt(0) + code.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        TextArea note = new TextArea("Note");
        note.setId("note");
        note.setMaxLength(500);
        Button finish = new Button("Finish", click -> act(() -> {
            if (outcome.getValue() == null) {
                return "Choose how the visit ended";
            }
            return "Finished " + tickets.finish(ticket.ticket(), actor(), outcome.getValue(), note.getValue()).ticket();
        }));
        finish.setId("finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(recall, start, noShow, to, transfer);
        actions.addClassName("actions");
        Div close = new Div(outcome, note, finish);
        close.addClassName("actions");
        Div card = new Div(number, state);
        card.add(ticket.recognised() ? context(ticket.ticket()) : recognise(ticket));
        card.add(actions, close);
        card.addClassNames("my-ticket", "status-" + ticket.status().name().toLowerCase(java.util.Locale.ROOT));
        return card;
    }

    /**
     * The customer of an anonymous ticket, recognised here: the desk's reader types into the field (a card's stripe, an
     * NFC tag's UID, an app code) and Enter recognises; or the adviser types the customer's reference and their date of birth.
     */
    private Div recognise(Floor.InService ticket) {
        TextField credential = new TextField("Card, app code or customer reference");
        credential.setId("desk-credential");
        credential.setMaxLength(512);
        com.vaadin.flow.component.datepicker.DatePicker birthDate = new com.vaadin.flow.component.datepicker.DatePicker("Date of birth (with a reference)");
        birthDate.setId("desk-check");
        Button recognise = new Button("Recognise", click -> act(() -> {
            if (credential.getValue().isBlank()) {
                return "Swipe the card at the desk reader, or type the customer's reference";
            }
            var context = desks.identify(ticket.ticket(), DeskInput.of(credential.getValue(), birthDate.getValue()), username);
            return "Recognised: " + context.customer().firstName();
        }));
        recognise.setId("recognise");
        credential.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> recognise.click());
        Div panel = new Div(new Paragraph("Not signed in"), credential, birthDate, recognise);
        panel.setId("recognise-at-desk");
        panel.addClassName("actions");
        return panel;
    }

    /** Who this is, before the greeting: their spheres, suggestions, last visits and last answers. */
    private Div context(String ticket) {
        Div panel;
        try {
            panel = CustomerPanel.of(contexts.of(ticket), sphereLabels);
        } catch (Refusal anonymous) {
            panel = new Div(new Paragraph("Not signed in"));
        }
        panel.setId("customer-context");
        return panel;
    }

    private Button stepButton(String label, Floor.InService ticket, Ticket.Step step, Supplier<io.smartstore.protocol.wire.QueueTicket> taken) {
        Button button = new Button(label, click -> act(() -> label + ": " + taken.get().ticket()));
        button.setId(step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        button.setEnabled(step.allowedFrom(ticket.status()));
        return button;
    }

    private static Div servedRow(Floor.InService ticket) {
        Div row = new Div(new Span(ticket.ticket()), new Span(ticket.adviser() + " · desk " + ticket.desk()),
                new Span(ticket.status() == TicketStatus.CALLED ? ticket.onTheWay() ? "called · on the way" : "called" : "being served"));
        row.addClassName("queue-row");
        return row;
    }

    /** Does what the adviser asked; a refusal (someone else was quicker, a wrong state) is said plainly. */
    private void act(Supplier<String> action) {
        try {
            Notification.show(action.get(), 2500, Notification.Position.TOP_END);
        } catch (Refusal refused) {
            Notification.show(refused.getMessage(), 4000, Notification.Position.TOP_END);
        }
        refresh();
    }

    /** The adviser calling: at their duty's desk, else the one typed in the duty panel. */
    private Tickets.Caller caller() {
        return advisers.caller(signedIn, duty.of(username).isPresent() ? null : desk.getValue());
    }

    private Ticket.Actor actor() {
        return advisers.actor(signedIn);
    }
}
