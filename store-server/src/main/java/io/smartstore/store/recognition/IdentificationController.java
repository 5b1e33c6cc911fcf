package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.KioskSession;
import io.smartstore.support.clients.EnrolledClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's recognition calls: a reader's credential, or a session that went on without one. */
@RestController
class IdentificationController {

    private final Recognition recognition;
    private final Visits visits;

    IdentificationController(Recognition recognition, Visits visits) {
        this.recognition = recognition;
        this.visits = visits;
    }

    @PostMapping("/api/v1/identifications")
    Identification identify(@RequestBody IdentificationRequest request, @AuthenticationPrincipal EnrolledClient kiosk) {
        return recognition.identify(request, kiosk.id());
    }

    @PostMapping("/api/v1/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void anonymousSession(@RequestBody KioskSession session, @AuthenticationPrincipal EnrolledClient kiosk) {
        visits.countSession(kiosk.id(), session == null ? null : session.session(), false);
    }
}
