package io.smartstore.central.leadership;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/leadership}: each (country, segment) cell with both our NPS and
 * benchmarks, whether we are first (strictly above every competitor), and the share of
 * customers in cells where we are first — against the 75% target. {@code null} without cells.
 */
public record Leadership(LocalDate from, LocalDate to, Double shareOfCustomersWhereFirst, double target, List<Cell> cells) {

    public static final double TARGET = 0.75;

    public record Cell(String country, String segment, long customers, double nps, String bestCompetitor, double bestCompetitorNps,
                       boolean first) {
    }
}
