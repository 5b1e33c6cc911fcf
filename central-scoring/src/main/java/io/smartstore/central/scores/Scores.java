package io.smartstore.central.scores;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/scores}: NPS by country and segment weighted by customers (scoring.md). */
public record Scores(LocalDate from, LocalDate to, List<CountryScore> countries, GroupScore group) {

    public record CountryScore(String country, Double nps, Double marginOfError95, long responses, Double unweightedNps,
                               double coverage, List<SegmentScore> segments) {
    }

    public record SegmentScore(String segment, long customers, double weight, long responses, long promoters,
                               long passives, long detractors, Double nps, Double marginOfError95) {
    }

    public record GroupScore(Double nps, Double marginOfError95, long responses) {
    }
}
