package io.smartstore.store.texts;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/queue/{ticket}/texts} (kiosk): the ticket's customer asks for a text when they are next and
 * when they are called; 204, or 409 {@code no_phone_number} when they cannot be texted, 404 for no such ticket today.
 */
@CalledBy(Caller.CLIENT)
@RestController
class TextsController {

    private final Texts texts;

    TextsController(Texts texts) {
        this.texts = texts;
    }

    @Operation(summary = "Text the customer when it is their turn", description = "The ticket's customer agrees to a text when they are next and when called, in their language.")
    @Refuses({ProblemCode.UNKNOWN_TICKET, ProblemCode.NO_PHONE_NUMBER})
    @PostMapping("/api/v1/queue/{ticket}/texts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void agree(@PathVariable String ticket) {
        texts.agree(ticket);
    }
}
