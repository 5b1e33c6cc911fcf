package io.smartstore.store.floor;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.DeskIdentification;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/queue/{ticket}/customer} (adviser, manager): the recognised customer's context; 404 {@code anonymous}
 * otherwise. {@code POST /api/v1/queue/{ticket}/identify}: the customer of an anonymous ticket recognised at the desk, with
 * the same context in answer.
 */
@CalledBy(value = Caller.STAFF, roles = {"ADVISER", "MANAGER"})
@RestController
class CustomerContextController {

    private final CustomerContexts contexts;
    private final DeskRecognition desk;

    CustomerContextController(CustomerContexts contexts, DeskRecognition desk) {
        this.contexts = contexts;
        this.desk = desk;
    }

    @Operation(operationId = "identifyAtDesk", summary = "Recognise the customer of an anonymous ticket at the desk", description = "By the desk's card or NFC reader, a QR code, or the customer's reference with one check the CRM holds. The ticket, its visit and its session become recognised at the desk; the answer is the customer's context.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.TICKET_RECOGNISED, ProblemCode.UNKNOWN_CUSTOMER, ProblemCode.INVALID_CREDENTIAL, ProblemCode.CARD_NOT_ACCEPTED, ProblemCode.TOKEN_INVALID, ProblemCode.TOKEN_EXPIRED, ProblemCode.TOKEN_REPLAYED})
    @PostMapping("/api/v1/queue/{ticket}/identify")
    CustomerContext identify(@PathVariable String ticket, @RequestBody DeskIdentification request, Authentication adviser) {
        return desk.identify(ticket, request, adviser.getName());
    }

    @Operation(summary = "The context of a ticket's recognised customer", description = "Their history by sphere of use and the next steps suggested; 404 `anonymous` for a ticket nobody was recognised for.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.ANONYMOUS})
    @GetMapping("/api/v1/queue/{ticket}/customer")
    CustomerContext context(@PathVariable String ticket) {
        return contexts.of(ticket);
    }
}
