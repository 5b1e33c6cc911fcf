package io.smartstore.central.scores;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.query.Country;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code GET /api/v1/scores/trend?from&to&granularity=DAY|WEEK|MONTH[&country]}. */
@CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
@RestController
class TrendController {

    private final TrendService trends;

    TrendController(TrendService trends) {
        this.trends = trends;
    }

    @Operation(summary = "NPS over time", description = "By day, week or month, weighted by customers; optionally in one country.")
    @Refuses({ProblemCode.INVALID_PERIOD, ProblemCode.INVALID_COUNTRY})
    @GetMapping("/api/v1/scores/trend")
    ScoreTrend trend(@ParameterObject @Valid @AtMostDays(Period.TEN_YEARS) Period period,
                     @RequestParam(defaultValue = "DAY") String granularity,
                     @RequestParam(required = false) @Country String country) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        TrendService.Granularity step = TrendService.granularity(granularity);
        if (step == null) {
            throw new Refusal(ProblemCode.INVALID_PERIOD, "granularity is DAY, WEEK or MONTH");
        }
        if (TrendService.points(from, to, step) > TrendService.MAX_POINTS) {
            throw new Refusal(ProblemCode.INVALID_PERIOD,
                    "At most " + TrendService.MAX_POINTS + " points: choose a shorter period or WEEK or MONTH");
        }
        return trends.of(from, to, step, country);
    }
}
