package io.smartstore.store.floor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Who a customer is, for staff: their spheres, suggestions, last visits here and last answers. */
final class CustomerPanel {

    private CustomerPanel() {
    }

    static Div of(CustomerContext context, Map<String, String> sphereLabels) {
        Div panel = new Div();
        panel.addClassName("customer-context");
        panel.add(new H3(context.customer().firstName() + (context.customer().segment() == null ? "" : " · " + context.customer().segment())));
        context.history().forEach(sphere -> panel.add(new Paragraph(sphereLabels.getOrDefault(sphere.sphere(), sphere.sphere()) + ": "
                + sphere.items().stream().map(item -> item.title() + (item.status() == null ? "" : " (" + item.status().toLowerCase(Locale.ROOT) + ")"))
                .collect(Collectors.joining(", ")))));
        context.suggestions().forEach(suggestion -> panel.add(new Paragraph("Suggest: " + suggestion.text() + " — " + suggestion.reason())));
        context.lastVisits().forEach(visit -> panel.add(new Paragraph("Visit " + visit.date() + " (" + sphereLabels.getOrDefault(visit.sphere(), visit.sphere())
                + ", " + visit.adviser() + "): " + visit.outcome().toLowerCase(Locale.ROOT).replace('_', '-')
                + (visit.note() == null ? "" : " — " + visit.note()))));
        context.lastAnswers().forEach(answer -> panel.add(new Paragraph("Answered " + answer.score() + "/10"
                + (answer.comment() == null ? "" : ": “" + answer.comment() + "”"))));
        return panel;
    }
}
