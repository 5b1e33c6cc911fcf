package io.smartstore.store.floor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.smartstore.store.queue.Floor;
import io.smartstore.support.push.Chime;
import io.smartstore.store.queue.QueueBroadcaster;
import io.smartstore.store.queue.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Now calling", for a screen in the shop: the tickets called and their desks, large, the
 * newest first, with a chime on each new call. No sign-in and no names: a ticket and a desk only.
 */
@Route(value = "display", autoLayout = false)
@PageTitle("Now calling")
@AnonymousAllowed
public class DisplayView extends Main {

    private static final Logger log = LoggerFactory.getLogger(DisplayView.class);
    private static final int SHOWN = 6;
    private final Tickets tickets;
    private final QueueBroadcaster broadcaster;
    private final Div calls = new Div();
    private final Set<String> announced = new HashSet<>();
    private AutoCloseable subscription;

    DisplayView(Tickets tickets, QueueBroadcaster broadcaster) {
        this.tickets = tickets;
        this.broadcaster = broadcaster;
        addClassName("display-view");
        calls.setId("now-calling");
        add(new H1("Now calling"), calls);
        refresh(false);
    }

    private void refresh(boolean chime) {
        List<Floor.InService> called = tickets.floor().inService().stream().filter(ticket -> ticket.status() == io.smartstore.protocol.wire.TicketStatus.CALLED)
                .sorted(Comparator.comparing(Floor.InService::calledAt).reversed()).limit(SHOWN).toList();
        calls.removeAll();
        boolean news = false;
        for (Floor.InService ticket : called) {
            Span number = new Span(ticket.ticket());
            number.addClassName("display-ticket");
            Span desk = new Span("desk " + ticket.desk());
            desk.addClassName("display-desk");
            Div call = new Div(number, desk);
            call.addClassName("display-call");
            call.setId("display-" + ticket.ticket());
            calls.add(call);
            news |= announced.add(ticket.ticket() + "@" + ticket.calledAt());
        }
        if (chime && news) {
            Chime.call(this); // a short two-tone chime from the browser itself: no sound file, no frontend build
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = broadcaster.listen(change -> ui.access(() -> refresh(true)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("could not stop listening to the queue", e);
        }
    }
}
