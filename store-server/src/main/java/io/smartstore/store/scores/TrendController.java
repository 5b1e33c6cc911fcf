package io.smartstore.store.scores;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET /api/v1/scores/trend?from&to} (manager): local days, both inclusive, at most a year. */
@CalledBy(value = Caller.STAFF, roles = {"MANAGER", "ADMIN"})
@RestController
class TrendController {

    private final TrendService trend;

    TrendController(TrendService trend) {
        this.trend = trend;
    }

    @Operation(summary = "The store's NPS day by day", description = "Local days from `from` to `to`, both included, at most a year.")
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping("/api/v1/scores/trend")
    Trend trend(@ParameterObject @Valid @AtMostDays(Period.A_YEAR) Period period) {
        return trend.between(period.from(), period.to());
    }
}
