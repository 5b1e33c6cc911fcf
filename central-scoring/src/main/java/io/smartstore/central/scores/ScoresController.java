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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET /api/v1/scores?from&to[&country]}: local days, both inclusive, at most ten years. */
@CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
@RestController
class ScoresController {

    private final ScoreService scores;

    ScoresController(ScoreService scores) {
        this.scores = scores;
    }

    @Operation(summary = "NPS by country and segment", description = "Weighted by customers per segment, with the margin of error, over local days both included.")
    @Refuses({ProblemCode.INVALID_PERIOD, ProblemCode.INVALID_COUNTRY})
    @GetMapping("/api/v1/scores")
    Scores scores(@ParameterObject @Valid @AtMostDays(Period.TEN_YEARS) Period period,
                  @RequestParam(required = false) @Country String country) {
        return scores.of(period.from(), period.to(), country);
    }
}
