package io.smartstore.central.leadership;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET /api/v1/leadership?from&to} (analyst). */
@CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
@RestController
class LeadershipController {

    private final LeadershipService leadership;

    LeadershipController(LeadershipService leadership) {
        this.leadership = leadership;
    }

    @Operation(summary = "Leadership against competitors", description = "Each country's NPS beside its competitors' over the period.")
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping("/api/v1/leadership")
    Leadership leadership(@ParameterObject @Valid @AtMostDays(Period.TEN_YEARS) Period period) {
        return leadership.of(period.from(), period.to());
    }
}
