package io.smartstore.store.staff;

import io.smartstore.store.scores.Trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The days of a period as an SVG drawn on the server (no frontend build): each day's NPS as
 * a point on a line, its 95% margin of error as a shaded band, the zero line and the
 * period's own NPS as a dashed line. Days without answers leave a gap. Text inside is only
 * numbers and dates, so nothing the customers wrote ever reaches the markup.
 */
final class TrendChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private TrendChart() {
    }

    static String svg(Trend trend, String label) {
        List<Trend.Day> days = trend.days();
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                + " class=\"trend-chart\"><title>%s</title>", WIDTH, HEIGHT, label, label));
        for (int nps = -100; nps <= 100; nps += 50) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%+d</text>",
                    nps == 0 ? " zero" : "", LEFT, WIDTH - RIGHT, y(nps), y(nps), LEFT - 6, y(nps) + 4, nps));
        }
        for (List<Trend.Day> run : runsWithAnswers(days)) {
            band(svg, days, run);
            line(svg, days, run);
        }
        if (trend.change().nps() != null) {
            svg.append(String.format(Locale.ROOT, "<line class=\"period\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT,
                    y(trend.change().nps()), y(trend.change().nps())));
        }
        if (!days.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 8, days.getFirst().date()));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - RIGHT,
                    HEIGHT - 8, days.getLast().date()));
        }
        return svg.append("</svg>").toString();
    }

    /** Consecutive days that have answers: each is drawn on its own, so an empty day is a gap, not a fall to zero. */
    static List<List<Trend.Day>> runsWithAnswers(List<Trend.Day> days) {
        List<List<Trend.Day>> runs = new ArrayList<>();
        List<Trend.Day> run = new ArrayList<>();
        for (Trend.Day day : days) {
            if (day.nps() == null) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(day);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void band(StringBuilder svg, List<Trend.Day> days, List<Trend.Day> run) {
        StringBuilder points = new StringBuilder();
        for (Trend.Day day : run) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(Math.min(100, day.nps() + day.marginOfError95()))));
        }
        for (Trend.Day day : run.reversed()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(Math.max(-100, day.nps() - day.marginOfError95()))));
        }
        if (run.size() == 1) {
            Trend.Day day = run.getFirst();
            svg.append(String.format(Locale.ROOT, "<line class=\"band-single\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", x(days, day),
                    x(days, day), y(Math.min(100, day.nps() + day.marginOfError95())), y(Math.max(-100, day.nps() - day.marginOfError95()))));
        } else {
            svg.append("<polygon class=\"band\" points=\"").append(points.toString().strip()).append("\"/>");
        }
    }

    private static void line(StringBuilder svg, List<Trend.Day> days, List<Trend.Day> run) {
        StringBuilder points = new StringBuilder();
        for (Trend.Day day : run) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(day.nps())));
        }
        svg.append("<polyline class=\"nps-line\" points=\"").append(points.toString().strip()).append("\"/>");
        for (Trend.Day day : run) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"day\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %+.0f ± %.0f, n = %d</title></circle>",
                    x(days, day), y(day.nps()), day.date(), day.nps(), day.marginOfError95(), day.responses()));
        }
    }

    private static double x(List<Trend.Day> days, Trend.Day day) {
        int index = days.indexOf(day);
        double span = WIDTH - LEFT - RIGHT;
        return days.size() == 1 ? LEFT + span / 2 : LEFT + span * index / (days.size() - 1);
    }

    private static double y(double nps) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - nps) / 200.0;
    }
}
