package io.smartstore.store.scores;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

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
@CalledBy(value = Caller.STAFF, roles = {"MANAGER", "ADMIN"})
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

    @Operation(operationId = "daily", summary = "The manager's day, as JSON or as CSV", description = "A day's NPS, answers, reasons, follow-ups, waits and recognition as JSON; with `Accept: text/csv`, the day's answers one line each. Today (the store's local day) when no date is given.")
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping(value = "/api/v1/scores/daily", produces = "application/json")
    DailyScores daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return scores.of(dayOrToday(date));
    }

    @io.swagger.v3.oas.annotations.Hidden // documented with its JSON twin (same path and method; Accept chooses)
    @GetMapping(value = "/api/v1/scores/daily", produces = "text/csv")
    String dailyResponses(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return csv.of(dayOrToday(date));
    }

    private LocalDate dayOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock.withZone(settings.store().zone()));
    }
}
