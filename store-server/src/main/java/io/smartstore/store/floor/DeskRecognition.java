package io.smartstore.store.floor;

import io.smartstore.protocol.wire.DeskIdentification;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.store.queue.AdviserDuty;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.recognition.Recognition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition at the desk: the customer of an anonymous ticket shows a card (the desk's reader), an app code, or
 * says their reference and date of birth; the ticket, a new visit and the kiosk session the ticket was taken in
 * become recognised, at the desk, all or nothing. The adviser then sees the customer's context, as for a customer
 * recognised at the kiosk.
 */
@Service
public class DeskRecognition {

    private final Recognition recognition;
    private final Tickets tickets;
    private final AdviserDuty duty;
    private final CustomerContexts contexts;

    DeskRecognition(Recognition recognition, Tickets tickets, AdviserDuty duty, CustomerContexts contexts) {
        this.recognition = recognition;
        this.tickets = tickets;
        this.duty = duty;
        this.contexts = contexts;
    }

    @Transactional
    public CustomerContext identify(String ticket, DeskIdentification request, String adviser) {
        tickets.visitOf(ticket); // an unknown ticket is refused before anything else
        String desk = duty.of(adviser).map(AdviserDuty.Duty::desk).orElse("?");
        Identification identified = recognition.identifyAtDesk(request, desk);
        tickets.recognise(ticket, identified.visitId())
                .ifPresent(session -> recognition.sessionRecognisedAtDesk(session.kioskId(), session.session()));
        return contexts.of(ticket);
    }
}
