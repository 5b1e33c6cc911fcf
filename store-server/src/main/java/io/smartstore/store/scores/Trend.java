package io.smartstore.store.scores;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/scores/trend}: each day of the period, and whether the period's NPS
 * really moved against the period of equal length just before it (scoring.md).
 */
public record Trend(List<Day> days, Change change) {

    public record Day(LocalDate date, long responses, Double nps, Double marginOfError95) {
    }

    public record Change(Double nps, Double previousNps, boolean significant) {
    }
}
