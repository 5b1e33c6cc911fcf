package io.smartstore.store.scores;

import io.smartstore.store.StoreSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** {@code GET /api/v1/scores/daily}: the manager's day; today (the store's local day) when no date is given. */
@RestController
class DailyScoresController {

    private final DailyScoreService scores;
    private final StoreSettings settings;
    private final Clock clock;

    DailyScoresController(DailyScoreService scores, StoreSettings settings, Clock clock) {
        this.scores = scores;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/v1/scores/daily")
    DailyScores daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scores.of(date != null ? date : LocalDate.now(clock.withZone(settings.store().zone())));
    }
}
