package io.smartstore.store.floor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.smartstore.store.followups.FollowUp;
import io.smartstore.store.followups.FollowUpStatus;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.support.staff.ui.StaffTable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customers to call back, for managers (day page) and advisers (floor): open and
 * contacted follow-ups by due time, overdue ones standing out; take one, record that the
 * customer was contacted, close it with an outcome and a note; the customer's history one
 * tap away when they were recognised and agreed to be called.
 */
public class FollowUpList extends Div {

    /** How a call back ended (stored as the code, shown as the words). */
    static final Map<String, String> OUTCOMES = outcomes();

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final FollowUps followUps;
    private final CustomerContexts contexts;
    private final Map<String, String> sphereLabels;
    private final String username;
    private final Clock clock;
    private final ZoneId zone;
    private final H2 title = new H2();
    private final StaffTable table = new StaffTable("follow-ups", "Customers to call back, the most urgent first", "Due", "Score",
            "What they said", "Customer", "Owner", "");
    private final Button more = new Button();
    private int shown = PAGE;
    private Runnable changed = () -> { };

    /** The most urgent are shown first, this many at a time: a store that fell behind may have hundreds. */
    static final int PAGE = 20;

    FollowUpList(FollowUps followUps, CustomerContexts contexts, Map<String, String> sphereLabels, String username, Clock clock, ZoneId zone) {
        this.followUps = followUps;
        this.contexts = contexts;
        this.sphereLabels = sphereLabels;
        this.username = username;
        this.clock = clock;
        this.zone = zone;
        addClassNames("day-section", "follow-up-list");
        title.setId("follow-ups-title");
        more.setId("follow-ups-more");
        more.addClickListener(click -> {
            shown += PAGE;
            refresh();
        });
        add(title, table, more);
        refresh();
    }

    /** Called after a follow-up changed here (the day page redraws its figures). */
    public void onChange(Runnable changed) {
        this.changed = changed;
    }

    public void refresh() {
        table.clear();
        Instant now = clock.instant();
        List<FollowUp> open = followUps.notClosed();
        long overdue = open.stream().filter(followUp -> followUp.dueAt().isBefore(now)).count();
        title.setText(open.isEmpty() ? "Nobody to call back" : "Customers to call back: " + open.size()
                + (overdue == 0 ? "" : " (" + overdue + " overdue)"));
        for (FollowUp followUp : open.subList(0, Math.min(open.size(), shown))) {
            boolean late = followUp.dueAt().isBefore(now);
            String due = DUE.format(followUp.dueAt().atZone(zone)) + (late ? " — overdue" : "")
                    + (followUp.status() == FollowUpStatus.CONTACTED ? " · contacted" : "");
            var row = table.row(due, followUp.score() + "/10", said(followUp), customer(followUp),
                    followUp.owner() == null ? "nobody yet" : followUp.owner(), actions(followUp, due));
            row.getClassList().add(late ? "overdue" : "due");
        }
        more.setVisible(open.size() > shown);
        more.setText("Show " + Math.min(PAGE, open.size() - shown) + " more of " + (open.size() - shown));
    }

    private static String said(FollowUp followUp) {
        String reasons = followUp.reasons().stream().map(io.smartstore.support.i18n.Translations::reasonInEnglish)
                .collect(java.util.stream.Collectors.joining(", "));
        return (reasons.isEmpty() ? "" : reasons) + (followUp.comment() == null ? "" : (reasons.isEmpty() ? "" : " · ") + "“" + followUp.comment() + "”");
    }

    private Component customer(FollowUp followUp) {
        if (followUp.customer() == null) {
            return new Paragraph(followUp.consentToContact() ? "agreed to a call" : "anonymous");
        }
        Button history = new Button(followUp.customer().firstName(), click -> showHistory(followUp.customer()));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.getElement().setAttribute("aria-label", "History of " + followUp.customer().firstName());
        return history;
    }

    private void showHistory(FollowUp.Customer customer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(customer.firstName());
        dialog.add(contexts.ofCustomer(customer.ref()).<Component>map(context -> CustomerPanel.of(context, sphereLabels))
                .orElseGet(() -> new Paragraph("This customer is no longer known here.")));
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.open();
    }

    private Component[] actions(FollowUp followUp, String due) {
        Button take = new Button("Take", click -> change(() -> followUps.update(followUp.id(), FollowUp.Change.takenBy(username))));
        take.getElement().setAttribute("aria-label", "Take the follow-up due " + due);
        take.setVisible(!username.equals(followUp.owner()));
        Button contacted = new Button("Contacted", click -> change(() -> followUps.update(followUp.id(),
                new FollowUp.Change(followUp.owner() == null ? username : null, FollowUpStatus.CONTACTED, null, null))));
        contacted.getElement().setAttribute("aria-label", "Contacted: the follow-up due " + due);
        contacted.setVisible(followUp.status() == FollowUpStatus.OPEN);
        Button close = new Button("Close…", click -> closeDialog(followUp));
        close.getElement().setAttribute("aria-label", "Close the follow-up due " + due);
        return new Component[]{take, contacted, close};
    }

    private void closeDialog(FollowUp followUp) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Close the follow-up");
        Select<String> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setId("follow-up-outcome");
        outcome.setItems(OUTCOMES.keySet());
        outcome.setItemLabelGenerator(OUTCOMES::get);
        outcome.setValue("RESOLVED");
        TextArea note = new TextArea("Note");
        note.setId("follow-up-note");
        note.setMaxLength(500);
        note.setWidthFull();
        dialog.add(new Div(outcome, note));
        Button confirm = new Button("Close it", click -> {
            dialog.close();
            change(() -> followUps.update(followUp.id(), new FollowUp.Change(followUp.owner() == null ? username : null,
                    FollowUpStatus.CLOSED, outcome.getValue(), note.getValue())));
        });
        confirm.setId("follow-up-close");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        outcomes.put(io.smartstore.store.followups.FollowUps.RECOVERED_IN_THE_SHOP, "Recovered in the shop");
        outcomes.put("RESOLVED", "Called back, resolved");
        outcomes.put("NOT_RESOLVED", "Called back, not resolved");
        outcomes.put("NOT_REACHED", "Could not reach them");
        outcomes.put("DECLINED", "They did not want to talk");
        return java.util.Collections.unmodifiableMap(outcomes);
    }

    private void change(Runnable update) {
        update.run();
        refresh();
        changed.run();
    }
}
