package io.smartstore.store.scores;

import io.smartstore.store.StoreSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /api/v1/scores/daily}: the manager's day as JSON, or its answers as CSV
 * ({@code Accept: text/csv}); today (the store's local day) when no date is given.
 */
@RestController
class DailyScoresController {

    private final DailyScoreService scores;
    private final DailyResponsesCsv csv;
    private final StoreSettings settings;
    private final Clock clock;

    DailyScoresController(DailyScoreService scores, DailyResponsesCsv csv, StoreSettings settings, Clock clock) {
        this.scores = scores;
        this.csv = csv;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/scores/daily", produces = "application/json")
    DailyScores daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scores.of(dayOrToday(date));
    }

    @GetMapping(value = "/api/v1/scores/daily", produces = "text/csv")
    String dailyResponses(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return csv.of(dayOrToday(date));
    }

    private LocalDate dayOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock.withZone(settings.store().zone()));
    }
}
