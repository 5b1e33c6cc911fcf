package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.smartstore.kiosk.KioskSettings;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.Identification.HistoryItem;
import io.smartstore.protocol.wire.Identification.SphereHistory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The customer's own screen: a greeting, and their products, visits and requests by sphere of use. */
class PersonalScreen extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    PersonalScreen(Identification identification, Spheres spheres, Runnable rate, Runnable adviser, Runnable done) {
        setId("personal-screen");
        addClassNames("screen", "personal");
        H1 greeting = new H1(getTranslation("personal.greeting", identification.customer().firstName()));
        greeting.setId("greeting");
        Paragraph lead = new Paragraph(getTranslation("personal.lead"));
        lead.addClassName("lead");
        Div header = new Div(greeting, lead);
        header.addClassName("personal-header");

        Div grid = new Div();
        grid.addClassName("sphere-grid");
        spheres.inOrder(identification.history(), SphereHistory::sphere)
                .forEach(history -> grid.add(sphereCard(history, spheres)));
        if (identification.history().isEmpty()) {
            grid.add(new Paragraph(getTranslation("personal.empty")));
        }

        if (!identification.suggestions().isEmpty()) {
            Div nextSteps = new Div();
            nextSteps.setId("next-steps");
            nextSteps.addClassName("next-steps");
            identification.suggestions().forEach(suggestion -> nextSteps.add(suggestion(suggestion)));
            header.add(nextSteps);
        }

        Button rateVisit = new Button(getTranslation("action.rate"), VaadinIcon.STAR.create(), e -> rate.run());
        rateVisit.setId("rate-visit");
        rateVisit.addClassName("primary-action");
        Button talk = new Button(getTranslation("action.adviser"), VaadinIcon.USER.create(), e -> adviser.run());
        talk.setId("talk-to-adviser");
        talk.addClassName("secondary-action");
        Button finish = new Button(getTranslation("action.done"), e -> done.run());
        finish.setId("done");
        finish.addClassName("secondary-action");
        Div actions = new Div(talk, rateVisit, finish);
        actions.addClassName("actions");
        add(header, grid, actions);
    }

    private Div sphereCard(SphereHistory history, Spheres spheres) {
        KioskSettings.Sphere look = spheres.look(history.sphere());
        Icon icon = spheres.icon(history.sphere()).create();
        icon.addClassName("sphere-icon");
        H3 title = new H3(spheres.label(history.sphere(), this));
        Div head = new Div(icon, title);
        head.addClassName("sphere-head");
        Div card = new Div(head);
        card.addClassNames("sphere-card", "sphere-" + history.sphere().toLowerCase(Locale.ROOT));
        card.getStyle().set("--sphere-colour", look.colour());
        history.items().forEach(item -> card.add(itemRow(item)));
        return card;
    }

    private Div itemRow(HistoryItem item) {
        Span kind = new Span(translated("kind." + item.kind(), item.kind()));
        kind.addClassNames("kind", "kind-" + item.kind().toLowerCase(Locale.ROOT));
        Span title = new Span(item.title() == null ? getTranslation("personal.hidden") : Masking.mask(item.title()));
        title.addClassName("item-title");
        Span date = new Span(item.date() == null ? "" : DATE.withLocale(getLocale()).format(item.date()));
        date.addClassName("item-date");
        Div row = new Div(kind, title, date);
        row.addClassName("item");
        if (item.status() != null) {
            Span status = new Span(translated("status." + item.status(), item.status()));
            status.addClassNames("status", "status-" + item.status().toLowerCase(Locale.ROOT));
            row.add(status);
        }
        return row;
    }

    /** A next step and, smaller, the rule it comes from: suggestions explain themselves. */
    private Div suggestion(Identification.Suggestion suggestion) {
        String key = "suggestion." + suggestion.code();
        String subject = suggestion.subject() == null ? "" : suggestion.subject();
        Span text = new Span(translated(key, suggestion.text(), subject));
        text.addClassName("suggestion-text");
        Span why = new Span(translated(key + ".reason", suggestion.reason(), subject));
        why.addClassName("suggestion-reason");
        Div card = new Div(VaadinIcon.LIGHTBULB.create(), text, why);
        card.addClassName("suggestion");
        return card;
    }

    /** The translation of {@code key}, or {@code fallback} for codes the translations do not know. */
    private String translated(String key, String fallback, Object... parameters) {
        String text = getTranslation(key, parameters);
        return text.startsWith("!") ? fallback : text;
    }
}
