package io.smartstore.central.scores;

import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The weighted NPS of each day, week or month of a period, for the group or one country. */
@Service
public class TrendService {

    /** At most this many points in one answer (ten years by month, a year and a bit by day). */
    static final int MAX_POINTS = 400;
    private final ScoreService scores;

    TrendService(ScoreService scores) {
        this.scores = scores;
    }

    public enum Granularity { DAY, WEEK, MONTH }

    public ScoreTrend of(LocalDate from, LocalDate to, Granularity granularity, String country) {
        List<ScoreTrend.Point> points = new ArrayList<>();
        ScoreTrend.Point previous = null;
        for (LocalDate start = startOf(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
            LocalDate end = next(start, granularity).minusDays(1);
            Scores period = scores.of(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end, country);
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

    /** |NPS₁ − NPS₂| > 1.96 · √(SE₁² + SE₂²), that is √(MoE₁² + MoE₂²) with the margins at 95%. */
    static boolean significant(ScoreTrend.Point previous, Double nps, Double margin) {
        if (previous == null || previous.nps() == null || nps == null || previous.marginOfError95() == null || margin == null) {
            return false;
        }
        return Math.abs(nps - previous.nps()) > Math.sqrt(margin * margin + previous.marginOfError95() * previous.marginOfError95());
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
