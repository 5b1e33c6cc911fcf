package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.smartstore.protocol.wire.QueueTicket;

/**
 * The customer's ticket: its number, how many are before them and an honest wait range — or their call; and the QR
 * code of its page for their phone, so that they may walk around.
 */
class TicketScreen extends Div {

    private final Span number = new Span();
    private final Paragraph where = new Paragraph();

    /** Asks the store for texts, off the screen's thread; the answer (agreed or not) comes back on it. */
    interface TextRequest {
        void ask(java.util.function.Consumer<Boolean> answer);
    }

    TicketScreen(QueueTicket ticket, Runnable done, Runnable rate, TextRequest texts) {
        setId("ticket-screen");
        addClassNames("screen", "ticket");
        number.setId("ticket-number");
        number.addClassName("ticket-number");
        where.setId("ticket-status");
        Button finish = new Button(getTranslation("action.finish"), click -> done.run());
        finish.addClassName("secondary-action");
        Button rateVisit = new Button(getTranslation("action.rate"), click -> rate.run());
        rateVisit.setId("rate-ticket");
        rateVisit.addClassName("secondary-action");
        add(new H1(getTranslation("ticket.title")), number, where);
        if (ticket.phoneUrl() != null) {
            Image code = new Image(QrSvg.dataUri(ticket.phoneUrl()), getTranslation("ticket.code"));
            code.setId("ticket-phone-code");
            code.addClassName("ticket-phone-code");
            Paragraph walk = new Paragraph(getTranslation("ticket.walk"));
            walk.setId("ticket-walk");
            add(code, walk);
        }
        if (ticket.textable()) {
            Button textMe = new Button(getTranslation("ticket.textMe"));
            textMe.setId("text-me");
            textMe.addClassName("secondary-action");
            textMe.addClickListener(click -> {
                textMe.setEnabled(false);
                texts.ask(agreed -> {
                    Paragraph said = new Paragraph(getTranslation(agreed ? "ticket.texting" : "ticket.noText"));
                    said.setId("ticket-texts");
                    replace(textMe, said);
                });
            });
            add(textMe);
        }
        add(rateVisit, finish);
        update(ticket);
    }

    void update(QueueTicket ticket) {
        number.setText(ticket.ticket());
        if (ticket.called()) {
            addClassName("called");
            where.setText(getTranslation("ticket.called", ticket.adviser(), ticket.desk()));
        } else if (!ticket.waiting()) {
            where.setText(getTranslation("ticket.closed"));
        } else {
            int before = ticket.position() - 1;
            String people = before == 0 ? getTranslation("ticket.next") : before == 1 ? getTranslation("ticket.one") : getTranslation("ticket.many", before);
            where.setText(getTranslation("ticket.wait", people, ticket.estimatedWait().minMinutes(), ticket.estimatedWait().maxMinutes()));
        }
    }
}
