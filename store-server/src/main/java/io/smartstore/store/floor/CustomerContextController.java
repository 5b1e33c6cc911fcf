package io.smartstore.store.floor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/queue/{ticket}/customer} (adviser, manager): the recognised customer's context; 404 {@code anonymous} otherwise. */
@RestController
class CustomerContextController {

    private final CustomerContexts contexts;

    CustomerContextController(CustomerContexts contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/api/v1/queue/{ticket}/customer")
    CustomerContext context(@PathVariable String ticket) {
        return contexts.of(ticket);
    }
}
