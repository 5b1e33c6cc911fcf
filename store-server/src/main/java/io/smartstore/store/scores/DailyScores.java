package io.smartstore.store.scores;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/scores/daily}: one store-day. {@code nps} and {@code marginOfError95}
 * are {@code null} when nobody answered; {@code recognitionRate} likewise without sessions.
 */
public record DailyScores(LocalDate date, long responses, long promoters, long passives, long detractors,
                          Double nps, Double marginOfError95, long[] distribution, List<SphereScore> bySphere,
                          List<HourScore> byHour, Double recognitionRate, long excludedAsMisuse) {

    public record SphereScore(String sphere, long responses, Double nps, Double marginOfError95) {
    }

    public record HourScore(int hour, long responses, Double nps) {
    }
}
