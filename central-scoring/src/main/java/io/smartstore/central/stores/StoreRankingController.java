package io.smartstore.central.stores;

import io.smartstore.central.scores.QueryChecks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code GET /api/v1/stores/ranking?from&to[&country]} (analyst): every counted answer of the store, recognised or not. */
@RestController
class StoreRankingController {

    private final StoreRankings rankings;

    StoreRankingController(StoreRankings rankings) {
        this.rankings = rankings;
    }

    @GetMapping("/api/v1/stores/ranking")
    StoreRanking ranking(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String country) {
        QueryChecks.period(from, to);
        QueryChecks.country(country);
        return rankings.of(from, to, country, null);
    }
}
