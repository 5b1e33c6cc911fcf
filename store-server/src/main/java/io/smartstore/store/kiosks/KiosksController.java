package io.smartstore.store.kiosks;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/kiosks} (admin): enrols a kiosk by script and returns its token
 * once (stored hashed) — the kiosks page does the same by hand; an existing kiosk is a 409
 * (a script must not replace a working kiosk's token by accident). {@code DELETE
 * /api/v1/admin/kiosks/{id}/token} revokes one.
 */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
class KiosksController {

    private final EnrolledClients kiosks;

    KiosksController(EnrolledClients kiosks) {
        this.kiosks = kiosks;
    }

    @Operation(summary = "Enrol a kiosk", description = "Returns the kiosk's token once (only its hash is kept); a kiosk enrolled already is refused, so that a script never replaces a working kiosk's token.")
    @Refuses({ProblemCode.KIOSK_EXISTS})
    @PostMapping("/api/v1/admin/kiosks")
    @ResponseStatus(HttpStatus.CREATED)
    @RefusedAs(ProblemCode.INVALID_KIOSK)
    synchronized NewKiosk enrol(@Valid @RequestBody KioskRequest request) {
        if (kiosks.isEnrolled(request.kioskId())) {
            throw new Refusal(ProblemCode.KIOSK_EXISTS, "Kiosk " + request.kioskId() + " is enrolled already");
        }
        return new NewKiosk(request.kioskId(), kiosks.enrolWithNewToken(request.kioskId()));
    }

    @Operation(summary = "Revoke a kiosk's token", description = "The kiosk is refused from now on.")
    @Refuses({ProblemCode.NOT_FOUND})
    @DeleteMapping("/api/v1/admin/kiosks/{kioskId}/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String kioskId) {
        if (!kiosks.revoke(kioskId)) {
            throw new Refusal(ProblemCode.NOT_FOUND, "No such kiosk");
        }
    }

    record KioskRequest(@NotNull(message = KIOSK_ID) @Pattern(regexp = "[a-z0-9-]{1,40}", message = KIOSK_ID) String kioskId) {

        static final String KIOSK_ID = "kioskId is 1 to 40 lower-case letters, digits and dashes, such as kiosk-2";
    }

    /** The token is in this answer only. */
    record NewKiosk(String kioskId, String token) {
    }
}
