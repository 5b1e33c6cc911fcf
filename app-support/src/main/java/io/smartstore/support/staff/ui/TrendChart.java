package io.smartstore.support.staff.ui;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The days (or weeks, months) of a period as an SVG drawn on the server (no frontend build):
 * each point's NPS on a line, its 95% margin of error as a shaded band, the zero line and the
 * period's own NPS as a dashed line. Days without answers leave a gap. Text inside is only
 * numbers and dates, so nothing the customers wrote ever reaches the markup.
 */
public final class TrendChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private TrendChart() {
    }

    /** A point of the chart: its first day, the NPS and its margin (null without answers), how many answers. */
    public record Point(LocalDate date, Double nps, Double marginOfError95, long responses) {
    }

    public static String svg(List<Point> days, Double periodNps, String label) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                + " class=\"trend-chart\"><title>%s</title>", WIDTH, HEIGHT, label, label));
        for (int nps = -100; nps <= 100; nps += 50) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%+d</text>",
                    nps == 0 ? " zero" : "", LEFT, WIDTH - RIGHT, y(nps), y(nps), LEFT - 6, y(nps) + 4, nps));
        }
        for (List<TrendChart.Point> run : runsWithAnswers(days)) {
            band(svg, days, run);
            line(svg, days, run);
        }
        if (periodNps != null) {
            svg.append(String.format(Locale.ROOT, "<line class=\"period\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT,
                    y(periodNps), y(periodNps)));
        }
        if (!days.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 8, days.getFirst().date()));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - RIGHT,
                    HEIGHT - 8, days.getLast().date()));
        }
        return svg.append("</svg>").toString();
    }

    /** Consecutive days that have answers: each is drawn on its own, so an empty day is a gap, not a fall to zero. */
    static List<List<TrendChart.Point>> runsWithAnswers(List<TrendChart.Point> days) {
        List<List<TrendChart.Point>> runs = new ArrayList<>();
        List<TrendChart.Point> run = new ArrayList<>();
        for (TrendChart.Point day : days) {
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

    private static void band(StringBuilder svg, List<TrendChart.Point> days, List<TrendChart.Point> run) {
        StringBuilder points = new StringBuilder();
        for (TrendChart.Point day : run) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(Math.min(100, day.nps() + day.marginOfError95()))));
        }
        for (TrendChart.Point day : run.reversed()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(Math.max(-100, day.nps() - day.marginOfError95()))));
        }
        if (run.size() == 1) {
            TrendChart.Point day = run.getFirst();
            svg.append(String.format(Locale.ROOT, "<line class=\"band-single\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", x(days, day),
                    x(days, day), y(Math.min(100, day.nps() + day.marginOfError95())), y(Math.max(-100, day.nps() - day.marginOfError95()))));
        } else {
            svg.append("<polygon class=\"band\" points=\"").append(points.toString().strip()).append("\"/>");
        }
    }

    private static void line(StringBuilder svg, List<TrendChart.Point> days, List<TrendChart.Point> run) {
        StringBuilder points = new StringBuilder();
        for (TrendChart.Point day : run) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(days, day), y(day.nps())));
        }
        svg.append("<polyline class=\"nps-line\" points=\"").append(points.toString().strip()).append("\"/>");
        for (TrendChart.Point day : run) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"day\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %+.0f ± %.0f, n = %d</title></circle>",
                    x(days, day), y(day.nps()), day.date(), day.nps(), day.marginOfError95(), day.responses()));
        }
    }

    private static double x(List<TrendChart.Point> days, TrendChart.Point day) {
        int index = days.indexOf(day);
        double span = WIDTH - LEFT - RIGHT;
        return days.size() == 1 ? LEFT + span / 2 : LEFT + span * index / (days.size() - 1);
    }

    private static double y(double nps) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - nps) / 200.0;
    }
}
