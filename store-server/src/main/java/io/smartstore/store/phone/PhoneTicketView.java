package io.smartstore.store.phone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.TicketStatus;
import io.smartstore.store.queue.PhoneTickets;
import io.smartstore.store.queue.QueueBroadcaster;
import io.smartstore.support.i18n.Translations;
import io.smartstore.support.push.Chime;
import io.smartstore.support.push.LiveRefresh;

import java.util.Optional;

/**
 * A ticket's page on the customer's phone, no sign-in, from the link of the kiosk's QR code: the number, the people
 * before them and the wait range, live (pushed at each move of the queue, and redrawn every 15 s); then the call —
 * the desk, the adviser's name, a chime and a vibration — with "I'm on my way", which the floor sees. While waiting,
 * "Leave the queue" (asked twice). In the language the kiosk spoke to them. A forged link, or one of another day,
 * gets a plain page saying so, and nothing else.
 */
@Route(value = "ticket/:code", autoLayout = false)
@PageTitle("Your ticket")
@AnonymousAllowed
public class PhoneTicketView extends Main implements BeforeEnterObserver {

    private static final int REDRAW_MILLIS = 15_000;
    private final PhoneTickets phoneTickets;
    private final QueueBroadcaster broadcaster;
    private final Paragraph status = new Paragraph();
    private final Div actions = new Div();
    private PhoneTickets.Link link;
    private String shown = "";
    private boolean soundOn;

    PhoneTicketView(PhoneTickets phoneTickets, QueueBroadcaster broadcaster) {
        this.phoneTickets = phoneTickets;
        this.broadcaster = broadcaster;
        addClassName("phone-ticket");
        status.setId("phone-status");
        status.getElement().setAttribute("role", "status");
        actions.addClassName("phone-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PhoneTickets.Link> found = phoneTickets.find(event.getRouteParameters().get("code").orElse(""));
        if (found.isEmpty()) {
            add(new H1(getTranslation("phone.invalid")), new Paragraph(getTranslation("phone.invalidHelp")));
            return;
        }
        link = found.get();
        Translations.speak(event.getUI(), link.language());
        H1 title = new H1(getTranslation("phone.title", link.ticket()));
        title.setId("phone-ticket");
        add(title, status, actions);
        redraw();
        LiveRefresh.keep(this, broadcaster, REDRAW_MILLIS, this::redraw, this::redraw);
    }

    private void redraw() {
        Optional<QueueTicket> now = phoneTickets.status(link);
        if (now.isEmpty()) {
            return;
        }
        QueueTicket ticket = now.get();
        boolean onTheWay = ticket.called() && phoneTickets.saidOnTheWay(link);
        String state = ticket.status() + "|" + ticket.position() + "|" + ticket.estimatedWait() + "|" + ticket.desk() + "|" + onTheWay;
        if (state.equals(shown)) {
            return;
        }
        boolean newlyCalled = ticket.called() && !shown.startsWith(TicketStatus.CALLED.name());
        shown = state;
        status.removeAll();
        actions.removeAll();
        switch (ticket.status()) {
            case WAITING -> waiting(ticket);
            case CALLED -> called(ticket, newlyCalled, onTheWay);
            case SERVING -> status.setText(getTranslation("phone.serving"));
            case LEFT -> status.setText(getTranslation("phone.left"));
            case DONE, NO_SHOW -> status.setText(getTranslation("ticket.closed"));
        }
    }

    private void waiting(QueueTicket ticket) {
        int before = ticket.position() - 1;
        String people = before == 0 ? getTranslation("ticket.next") : before == 1 ? getTranslation("ticket.one") : getTranslation("ticket.many", before);
        status.setText(getTranslation("ticket.wait", people, ticket.estimatedWait().minMinutes(), ticket.estimatedWait().maxMinutes()));
        Paragraph walk = new Paragraph(getTranslation("phone.walk"));
        actions.add(walk);
        if (soundOn) {
            actions.add(new Paragraph(getTranslation("phone.soundOn")));
        } else {
            Button sound = new Button(getTranslation("phone.sound"), click -> {
                Chime.unlock(this);
                soundOn = true;
                shown = "";
                redraw();
            });
            sound.setId("phone-sound");
            actions.add(sound);
        }
        Button leave = new Button(getTranslation("phone.leave"));
        leave.setId("phone-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(click -> {
            Button sure = new Button(getTranslation("phone.leaveSure"), yes -> {
                phoneTickets.leave(link);
                shown = "";
                redraw();
            });
            sure.setId("phone-leave-sure");
            sure.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.replace(leave, sure);
        });
        actions.add(leave);
    }

    private void called(QueueTicket ticket, boolean newlyCalled, boolean onTheWay) {
        Span call = new Span(getTranslation("phone.called", ticket.adviser(), getTranslation("phone.desk", ticket.desk())));
        call.setId("phone-call");
        call.addClassName("phone-call");
        status.add(call);
        if (onTheWay) {
            actions.add(new Paragraph(getTranslation("phone.onTheWay")));
        } else {
            Button onMyWay = new Button(getTranslation("phone.onMyWay"), click -> {
                phoneTickets.onMyWay(link);
                shown = "";
                redraw();
            });
            onMyWay.setId("phone-on-my-way");
            onMyWay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            actions.add(onMyWay);
        }
        if (newlyCalled) {
            Chime.callWithVibration(this);
        }
    }
}
