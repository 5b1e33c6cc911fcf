package io.smartstore.central.stores;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.query.Country;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET /api/v1/stores/ranking?from&to[&country]} (analyst): every counted answer of the store, recognised or not. */
@CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
@RestController
class StoreRankingController {

    private final StoreRankings rankings;

    StoreRankingController(StoreRankings rankings) {
        this.rankings = rankings;
    }

    @Operation(summary = "Stores ranked by NPS", description = "Every counted answer of each store, recognised or not, over the period; optionally in one country.")
    @Refuses({ProblemCode.INVALID_PERIOD, ProblemCode.INVALID_COUNTRY})
    @GetMapping("/api/v1/stores/ranking")
    StoreRanking ranking(@ParameterObject @Valid @AtMostDays(Period.TEN_YEARS) Period period,
                         @RequestParam(required = false) @Country String country) {
        return rankings.of(period.from(), period.to(), country, null);
    }
}
