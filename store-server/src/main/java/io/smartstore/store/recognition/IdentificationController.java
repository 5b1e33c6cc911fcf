package io.smartstore.store.recognition;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.protocol.wire.Refusal;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.KioskSession;
import io.smartstore.support.clients.EnrolledClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's recognition calls: a reader's credential, or a session that went on without one. */
@CalledBy(Caller.CLIENT)
@RestController
class IdentificationController {

    private final Recognition recognition;
    private final MeterRegistry meters;
    private final DryRun dryRun;

    IdentificationController(Recognition recognition, DryRun dryRun, MeterRegistry meters) {
        this.recognition = recognition;
        this.dryRun = dryRun;
        this.meters = meters;
    }

    /**
     * Recognises a customer; {@code smartstore_recognitions_total} counts each attempt by result ({@code recognised} or
     * the refusal's code). A dry run answers a sample customer and counts nothing.
     */
    @Operation(operationId = "identify", summary = "Recognise a customer from a reader's credential", description = "A loyalty card, an NFC tag or the customer app's QR token: the customer's summary, history by sphere of use and next steps. "
            + "Each call counts one kiosk session, recognised or missed by the refusal's reason — except a dry run (`dryRun=true`), which walks the same path for nobody: "
            + "the request is checked as a real one and the answer, of the same shape, is about a sample customer (no `visitId`); no visit starts and nothing is counted. "
            + "A kiosk sends a few dozen when it starts, so that its first customer is greeted as fast as the next ones; a monitor may send them too.")
    @Refuses({ProblemCode.UNKNOWN_CUSTOMER, ProblemCode.INVALID_CREDENTIAL, ProblemCode.CARD_NOT_ACCEPTED, ProblemCode.TOKEN_INVALID, ProblemCode.TOKEN_EXPIRED, ProblemCode.TOKEN_REPLAYED})
    @PostMapping("/api/v1/identifications")
    Identification identify(@RequestBody IdentificationRequest request,
                            @Parameter(description = "Walk the path for nobody: a sample answer, nothing counted") @RequestParam(defaultValue = "false") boolean dryRun,
                            @AuthenticationPrincipal EnrolledClient kiosk) {
        if (dryRun) {
            return this.dryRun.answer(request);
        }
        try {
            Identification identified = recognition.identify(request, kiosk.id());
            count("recognised");
            return identified;
        } catch (Refusal refused) {
            count(refused.code().code());
            throw refused;
        }
    }

    private void count(String result) {
        io.micrometer.core.instrument.Counter.builder("smartstore.recognitions").tag("result", result)
                .description("recognition attempts at kiosks, by result").register(meters).increment();
    }

    @Operation(operationId = "recordSession", summary = "Record a session that went on without recognition", description = "The kiosk says why nobody was recognised (no credential, unreadable code, reader fault…), for the day's figures.")
    @PostMapping("/api/v1/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void anonymousSession(@RequestBody KioskSession session, @AuthenticationPrincipal EnrolledClient kiosk) {
        // without a reason, an earlier refused read's stays; none at all is NO_CREDENTIAL in the figures
        recognition.anonymousSession(kiosk.id(), session == null ? null : session.session(), session == null ? null : session.miss());
    }
}
