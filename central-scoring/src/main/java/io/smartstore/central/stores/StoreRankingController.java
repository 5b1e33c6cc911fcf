package io.smartstore.central.stores;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.central.scores.QueryChecks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

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
    StoreRanking ranking(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String country) {
        QueryChecks.period(from, to);
        QueryChecks.country(country);
        return rankings.of(from, to, country, null);
    }
}
