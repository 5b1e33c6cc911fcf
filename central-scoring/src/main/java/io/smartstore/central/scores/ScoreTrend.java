package io.smartstore.central.scores;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/scores/trend}: the weighted NPS point by point (a day, an ISO week from
 * its Monday, a month from its 1st); {@code changeSignificant} compares a point with the one
 * before by scoring.md's test, false for the first and wherever either has no figure.
 */
public record ScoreTrend(String granularity, String country, List<Point> points) {

    public record Point(LocalDate start, Double nps, Double marginOfError95, long responses, boolean changeSignificant) {
    }
}
