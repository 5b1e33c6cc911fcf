package io.smartstore.store.floor;

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
@RestController
class CustomerContextController {

    private final CustomerContexts contexts;
    private final DeskRecognition desk;

    CustomerContextController(CustomerContexts contexts, DeskRecognition desk) {
        this.contexts = contexts;
        this.desk = desk;
    }

    @PostMapping("/api/v1/queue/{ticket}/identify")
    CustomerContext identify(@PathVariable String ticket, @RequestBody DeskIdentification request, Authentication adviser) {
        return desk.identify(ticket, request, adviser.getName());
    }

    @GetMapping("/api/v1/queue/{ticket}/customer")
    CustomerContext context(@PathVariable String ticket) {
        return contexts.of(ticket);
    }
}
