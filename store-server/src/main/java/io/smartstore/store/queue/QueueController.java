package io.smartstore.store.queue;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import io.smartstore.support.clients.EnrolledClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk's side of the queue: {@code POST /api/v1/queue} takes a ticket with its position
 * and wait range; {@code GET /api/v1/queue/{ticket}} says where it stands now.
 */
@CalledBy(Caller.CLIENT)
@RestController
class QueueController {

    private final Tickets tickets;

    QueueController(Tickets tickets) {
        this.tickets = tickets;
    }

    @Operation(summary = "Take a ticket", description = "A ticket for a sphere of use, with its position, the honest wait range, the phone link and whether the customer can be texted.")
    @PostMapping("/api/v1/queue")
    @ResponseStatus(HttpStatus.CREATED)
    @RefusedAs(ProblemCode.INVALID_TICKET_REQUEST)
    QueueTicket take(@Valid @RequestBody QueueTicket.Request request, @AuthenticationPrincipal EnrolledClient kiosk) {
        return tickets.take(new Tickets.Request(request.sphere(), request.topic(), request.visitId(), kiosk.id(), request.session(),
                request.language()));
    }

    @Operation(summary = "Where a ticket stands", description = "Its position, wait range and, once called, the desk and the adviser.")
    @Refuses({ProblemCode.UNKNOWN_TICKET})
    @GetMapping("/api/v1/queue/{ticket}")
    QueueTicket status(@PathVariable String ticket) {
        return tickets.status(ticket).orElseThrow(() ->
                new Refusal(ProblemCode.UNKNOWN_TICKET, "No such ticket today"));
    }
}
