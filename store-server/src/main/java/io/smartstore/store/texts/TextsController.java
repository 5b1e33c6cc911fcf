package io.smartstore.store.texts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/queue/{ticket}/texts} (kiosk): the ticket's customer asks for a text when they are next and
 * when they are called; 204, or 409 {@code no_phone_number} when they cannot be texted, 404 for no such ticket today.
 */
@RestController
class TextsController {

    private final Texts texts;

    TextsController(Texts texts) {
        this.texts = texts;
    }

    @PostMapping("/api/v1/queue/{ticket}/texts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void agree(@PathVariable String ticket) {
        texts.agree(ticket);
    }
}
