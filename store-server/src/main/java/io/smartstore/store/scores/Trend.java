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

        /** "Last 28 days: +31, up 6 points on the 28 days before (+25) — a real change." */
        public String inWords(int period) {
            if (nps == null) {
                return "No answers in the last " + period + " days.";
            }
            if (previousNps == null) {
                return String.format(java.util.Locale.ROOT, "Last %d days: %+.0f; nothing to compare with before.", period, nps);
            }
            double moved = nps - previousNps;
            return String.format(java.util.Locale.ROOT, "Last %d days: %+.0f, %s on the %d days before (%+.0f) — %s.", period, nps,
                    Math.round(moved) == 0 ? "level" : String.format(java.util.Locale.ROOT, "%s %.0f points", moved > 0 ? "up" : "down",
                            Math.abs(moved)), period, previousNps, significant ? "a real change" : "within the noise");
        }
    }
}
