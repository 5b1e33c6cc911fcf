package io.smartstore.central.scores;

import io.smartstore.central.customerbase.CustomerBase;
import io.smartstore.central.responses.ScoreCells;
import io.smartstore.protocol.nps.Change;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The weighted NPS of each day, week or month of a period, for the group or one country. */
@Service
public class TrendService {

    /** At most this many points in one answer (ten years by month, a year and a bit by day). */
    static final int MAX_POINTS = 400;
    private final ScoreService scores;
    private final ScoreCells cells;
    private final CustomerBase customerBase;

    TrendService(ScoreService scores, ScoreCells cells, CustomerBase customerBase) {
        this.scores = scores;
        this.cells = cells;
        this.customerBase = customerBase;
    }

    public enum Granularity { DAY, WEEK, MONTH }

    /** The points of a period, read in one statement (whole months from their roll-up when by month). */
    public ScoreTrend of(LocalDate from, LocalDate to, Granularity granularity, String country) {
        Map<String, Map<String, Long>> base = customerBase.all();
        java.util.SortedMap<LocalDate, List<ScoreCells.SegmentTally>> byPoint = new java.util.TreeMap<>();
        for (ScoreCells.DatedTally dated : cells.bySegmentAndDay(from, to, country, granularity == Granularity.MONTH)) {
            byPoint.computeIfAbsent(startOf(dated.day(), granularity), start -> new ArrayList<>()).add(dated.tally());
        }
        List<ScoreTrend.Point> points = new ArrayList<>();
        ScoreTrend.Point previous = null;
        for (LocalDate start = startOf(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
            LocalDate end = next(start, granularity).minusDays(1);
            Scores period = scores.of(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end, country,
                    byPoint.getOrDefault(start, List.of()), base);
            Double nps;
            Double margin;
            long responses;
            if (country == null) {
                nps = period.group().nps();
                margin = period.group().marginOfError95();
                responses = period.group().responses();
            } else {
                Scores.CountryScore only = period.countries().stream().filter(c -> c.country().equals(country)).findFirst().orElse(null);
                nps = only == null ? null : only.nps();
                margin = only == null ? null : only.marginOfError95();
                responses = only == null ? 0 : only.responses();
            }
            ScoreTrend.Point point = new ScoreTrend.Point(start, nps, margin, responses, significant(previous, nps, margin));
            points.add(point);
            previous = point;
        }
        return new ScoreTrend(granularity.name(), country, points);
    }

    /** scoring.md's "is this change real?" ({@link Change}) between a point and the one before. */
    static boolean significant(ScoreTrend.Point previous, Double nps, Double margin) {
        return previous != null && Change.between(optional(nps), optional(margin), optional(previous.nps()), optional(previous.marginOfError95()))
                .significant();
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    static long points(LocalDate from, LocalDate to, Granularity granularity) {
        long count = 0;
        for (LocalDate start = startOf(from, granularity); !start.isAfter(to) && count <= MAX_POINTS; start = next(start, granularity)) {
            count++;
        }
        return count;
    }

    static Granularity granularity(String text) {
        try {
            return Granularity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    private static LocalDate startOf(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
