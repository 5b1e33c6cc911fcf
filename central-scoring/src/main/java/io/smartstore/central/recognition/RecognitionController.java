package io.smartstore.central.recognition;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/**
 * {@code POST /api/v1/sessions} (store): a day's kiosk sessions, replacing the store's earlier
 * figure for that day; {@code GET /api/v1/recognition} (analyst): the recognition rate.
 */
@RestController
class RecognitionController {

    private final SessionDays days;
    private final io.smartstore.central.responses.StoreOrigin origin;

    RecognitionController(SessionDays days, io.smartstore.central.responses.StoreOrigin origin) {
        this.days = days;
        this.origin = origin;
    }

    @Operation(operationId = "reportSessions", summary = "A store's sessions of a day", description = "Replaces the store's earlier figures for that day (recognised, served, within the promised wait).")
    @CalledBy(Caller.CLIENT)
    @Refuses({ProblemCode.STORE_MISMATCH})
    @PostMapping("/api/v1/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_SESSION)
    void report(@Valid @RequestBody SessionCounts counts, @AuthenticationPrincipal EnrolledClient store) {
        origin.check(store, counts.storeId(), counts.country());
        days.replace(counts);
    }

    @Operation(summary = "The recognition rate", description = "By store and country: sessions, recognised at the kiosk and at the desk, misses by reason, and the waits kept.")
    @CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping("/api/v1/recognition")
    RecognitionRates recognition(@ParameterObject @Valid @AtMostDays(Period.TEN_YEARS) Period period) {
        return days.rates(period.from(), period.to());
    }
}
