package io.smartstore.central.dashboard;

import io.smartstore.protocol.nps.Score;
import io.smartstore.support.i18n.Counted;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.smartstore.central.leadership.Leadership;
import io.smartstore.central.leadership.LeadershipService;
import io.smartstore.central.recognition.RecognitionRates;
import io.smartstore.central.recognition.SessionDays;
import io.smartstore.central.scores.ScoreService;
import io.smartstore.central.scores.ScoreTrend;
import io.smartstore.central.scores.Scores;
import io.smartstore.central.scores.TrendService;
import io.smartstore.central.stores.StoreRankings;
import io.smartstore.support.staff.ui.CsvTable;
import io.smartstore.support.staff.ui.Meter;
import io.smartstore.support.staff.ui.TrendChart;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What headquarters steers by, for a period (the last 28 days unless chosen): the group's
 * weighted NPS with its margin, coverage and responses; leadership against the 75% target
 * with the cells where we are not first and by how much; recognition against 100% and waits
 * kept; the trend with its margin as a band; the stores by the lower bound of their NPS. Drill
 * down by following the links: group → country → segment → store → its days. Every table
 * downloads as CSV.
 */
@Route("")
@PageTitle("Dashboard · Smart Store central")
@Menu(title = "Dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({"ANALYST", "ADMIN"})
public class DashboardView extends Main implements BeforeEnterObserver {

    private final ScoreService scores;
    private final LeadershipService leadership;
    private final TrendService trends;
    private final StoreRankings rankings;
    private final SessionDays sessions;
    private final LocalDate today;
    private final DatePicker from = new io.smartstore.support.staff.ui.IsoDatePicker("From");
    private final DatePicker to = new io.smartstore.support.staff.ui.IsoDatePicker("To");
    private final Div content = new Div();
    private Level level = new Level(null, null, null);

    /** Where the analyst is: the group (all null), a country, a segment of it, a store. */
    record Level(String country, String segment, String store) {
    }

    DashboardView(ScoreService scores, LeadershipService leadership, TrendService trends, StoreRankings rankings,
                  SessionDays sessions, Clock clock, HeadquartersSettings headquarters) {
        this.rankings = rankings;
        this.scores = scores;
        this.leadership = leadership;
        this.trends = trends;
        this.sessions = sessions;
        this.today = LocalDate.now(clock.withZone(headquarters.zone()));
        addClassName("dashboard-view");
        from.setId("from");
        to.setId("to");
        from.setMax(today);
        to.setMax(today);
        Button show = new Button("Show", click -> go(level));
        show.setId("show-period");
        Div period = new Div(from, to, show);
        period.addClassName("period");
        content.setId("dashboard");
        add(new H1("Headquarters"), period, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        LocalDate end = date(query, "to", today);
        LocalDate start = date(query, "from", end.minusDays(27));
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 3660) {
            start = end.minusDays(27);
        }
        from.setValue(start);
        to.setValue(end);
        level = new Level(code(query, "country", io.smartstore.protocol.wire.Formats.COUNTRY), code(query, "segment", "[A-Z][A-Z0-9_]{0,39}"),
                code(query, "store", "[A-Z0-9][A-Z0-9-]{0,39}"));
        show();
    }

    private static LocalDate date(QueryParameters query, String name, LocalDate otherwise) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse).orElse(otherwise);
        } catch (java.time.format.DateTimeParseException garbage) {
            return otherwise;
        }
    }

    private static String code(QueryParameters query, String name, String pattern) {
        return query.getSingleParameter(name).filter(value -> value.matches(pattern)).orElse(null);
    }

    private void go(Level target) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, link(target)));
    }

    private QueryParameters link(Level target) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", String.valueOf(from.getValue()));
        parameters.put("to", String.valueOf(to.getValue()));
        if (target.country() != null) {
            parameters.put("country", target.country());
        }
        if (target.segment() != null) {
            parameters.put("segment", target.segment());
        }
        if (target.store() != null) {
            parameters.put("store", target.store());
        }
        return QueryParameters.simple(parameters);
    }

    private Anchor anchor(String text, Level target) {
        Anchor anchor = new Anchor("?" + link(target).getQueryString(), text);
        anchor.addClassName("drill");
        return anchor;
    }

    private void show() {
        content.removeAll();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        content.add(breadcrumbs());
        if (level.store() != null) {
            content.add(StoreDays.of(scores, level.store(), level.segment(), start, end));
            return;
        }
        Scores figures = scores.of(start, end, level.country());
        if (level.country() == null) {
            content.add(headline("Group", figures.group().nps(), figures.group().marginOfError95(), figures.group().responses(), null));
            content.add(leadershipSection(leadership.of(start, end)));
            content.add(recognitionSection(sessions.rates(start, end), null));
            content.add(countriesTable(figures));
        } else {
            Scores.CountryScore country = figures.countries().stream().filter(c -> c.country().equals(level.country())).findFirst().orElse(null);
            if (country == null) {
                content.add(new Paragraph("No answers and no customer base for " + level.country() + " in this period."));
                return;
            }
            if (level.segment() != null) {
                content.add(SegmentStores.of(rankings, level, start, end, this::anchor));
                return;
            }
            content.add(headline(level.country(), country.nps(), country.marginOfError95(), country.responses(), country.coverage()));
            content.add(recognitionSection(sessions.rates(start, end), level.country()));
            content.add(segmentsTable(country));
        }
        content.add(trendSection(start, end));
        content.add(rankingSection(start, end));
    }

    private Component breadcrumbs() {
        Nav trail = new Nav();
        trail.setId("breadcrumbs");
        trail.getElement().setAttribute("aria-label", "Where you are");
        trail.add(anchor("Group", new Level(null, null, null)));
        if (level.country() != null) {
            trail.add(new Span(" › "), anchor(level.country(), new Level(level.country(), null, null)));
        }
        if (level.segment() != null) {
            trail.add(new Span(" › "), anchor(level.segment().toLowerCase(Locale.ROOT), new Level(level.country(), level.segment(), null)));
        }
        if (level.store() != null) {
            trail.add(new Span(" › "), new Span(level.store()));
        }
        return trail;
    }

    private static Component headline(String name, Double nps, Double margin, long responses, Double coverage) {
        Span figure = new Span(nps == null ? "–" : String.format(Locale.ROOT, "%+.1f", nps));
        figure.setId("headline-nps");
        figure.addClassName("nps");
        figure.getElement().getClassList().set("indicative", Score.indicative(responses));
        Paragraph detail = new Paragraph(nps == null ? "No answers in this period."
                : String.format(Locale.ROOT, "%s: weighted NPS ±%.1f points (95%%), %s%s%s", name, margin, Counted.of(responses, "answer"),
                coverage == null ? "" : String.format(Locale.ROOT, ", %.0f%% of the customer base heard", coverage * 100),
                Score.indicative(responses) ? " — indicative: fewer than " + Score.INDICATIVE_BELOW : ""));
        detail.setId("headline-detail");
        Div headline = new Div(figure, detail);
        headline.addClassName("headline");
        return headline;
    }

    private Component leadershipSection(Leadership figures) {
        Div section = section("Number 1 for 75% of customers?");
        Paragraph share = new Paragraph(figures.shareOfCustomersWhereFirst() == null ? "No benchmarks for the segments that answered."
                : String.format(Locale.ROOT, "First in cells holding %.0f%% of the customers compared — the target is %.0f%%.",
                figures.shareOfCustomersWhereFirst() * 100, figures.target() * 100));
        share.setId("leadership-share");
        section.add(share);
        if (figures.shareOfCustomersWhereFirst() != null) {
            section.add(Meter.of(figures.shareOfCustomersWhereFirst(), "Share of customers where we are first, against the 75% target"));
        }
        CsvTable notFirst = new CsvTable("not-first", "Where we are not first, by how much", "Cell", "Customers", "Our NPS", "Best competitor",
                "Their NPS", "Behind by");
        figures.cells().stream().filter(cell -> !cell.first()).forEach(cell -> notFirst.row(cell.country() + " " + cell.segment().toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%,d", cell.customers()), points(cell.nps()), cell.bestCompetitor(), points(cell.bestCompetitorNps()),
                String.format(Locale.ROOT, "%.1f", cell.bestCompetitorNps() - cell.nps())));
        if (figures.cells().stream().anyMatch(cell -> !cell.first())) {
            section.add(notFirst.withDownload("not-first"));
        } else if (!figures.cells().isEmpty()) {
            section.add(new Paragraph("First in every cell compared."));
        }
        return section;
    }

    private Component recognitionSection(RecognitionRates rates, String country) {
        Div section = section("Recognition, waits and call backs");
        RecognitionRates.Rate rate = country == null ? rates.group() : rates.countries().stream().filter(c -> c.country().equals(country))
                .findFirst().map(c -> new RecognitionRates.Rate(c.sessions(), c.recognised(), c.rate(), c.served(), c.waitsKept(), c.followUpsDue(),
                        c.followUpsClosedInTime(), c.recognition(), c.recoveredInTheShop()))
                .orElse(new RecognitionRates.Rate(0, 0, null, 0, null, 0, null, io.smartstore.protocol.wire.RecognitionFigures.none(), 0));
        Paragraph text = new Paragraph(rate.rate() == null ? "No kiosk sessions reported in this period."
                : String.format(Locale.ROOT, "%.0f%% of %d kiosk sessions recognised — the target is 100%%.", rate.rate() * 100, rate.sessions()));
        text.setId("recognition");
        section.add(text);
        if (rate.rate() != null) {
            section.add(Meter.of(rate.rate(), "Recognition rate against the 100% target"), io.smartstore.support.staff.ui.RecognitionWords.of(rate.recognition()));
        }
        Paragraph waits = new Paragraph(rate.waitsKept() == null ? "No promised wait judged in this period."
                : String.format(Locale.ROOT, "Waits promised and kept: %.0f%% of %s called.", rate.waitsKept() * 100, Counted.of(rate.served(), "ticket")));
        waits.setId("waits-kept");
        Paragraph callBacks = new Paragraph((rate.followUpsClosedInTime() == null ? "No call back was due in this period."
                : String.format(Locale.ROOT, "Call backs closed in time: %.0f%% of %d due.", rate.followUpsClosedInTime() * 100, rate.followUpsDue()))
                + String.format(Locale.ROOT, " Recovered in the shop: %d.", rate.recoveredInTheShop()));
        callBacks.setId("call-backs");
        section.add(waits, callBacks);
        return section;
    }

    private Component countriesTable(Scores figures) {
        CsvTable table = new CsvTable("countries", "Countries", "Country", "Weighted NPS", "± MoE", "Coverage", "Answers", "Unweighted NPS");
        figures.countries().forEach(country -> table.row(anchor(country.country(), new Level(country.country(), null, null)),
                points(country.nps()), margin(country.marginOfError95()), String.format(Locale.ROOT, "%.0f%%", country.coverage() * 100),
                country.responses(), points(country.unweightedNps())));
        return section("Countries", table.withDownload("countries"));
    }

    private Component segmentsTable(Scores.CountryScore country) {
        CsvTable table = new CsvTable("segments", "Segments, weighted by customers", "Segment", "Customers", "Weight", "Answers", "NPS", "± MoE");
        country.segments().forEach(segment -> table.row(anchor(segment.segment().toLowerCase(Locale.ROOT),
                        new Level(country.country(), segment.segment(), null)), String.format(Locale.ROOT, "%,d", segment.customers()),
                String.format(Locale.ROOT, "%.2f", segment.weight()), segment.responses(), points(segment.nps()), margin(segment.marginOfError95())));
        return section("Segments", table.withDownload(country.country() + "-segments"));
    }

    private Component trendSection(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        TrendService.Granularity step = days <= 92 ? TrendService.Granularity.DAY : days <= 731 ? TrendService.Granularity.WEEK
                : TrendService.Granularity.MONTH;
        ScoreTrend trend = trends.of(start, end, step, level.country());
        List<TrendChart.Point> points = trend.points().stream()
                .map(p -> new TrendChart.Point(p.start(), p.nps(), p.marginOfError95(), p.responses())).toList();
        Div section = section("Trend, by " + step.name().toLowerCase(Locale.ROOT));
        Div chart = new Div(new Svg(TrendChart.svg(points, null, "Weighted NPS by " + step.name().toLowerCase(Locale.ROOT)
                + " with its margin of error")));
        chart.setId("trend-chart");
        section.add(chart);
        long changes = trend.points().stream().filter(ScoreTrend.Point::changeSignificant).count();
        Paragraph flagged = new Paragraph(changes == 0 ? "No change from one " + step.name().toLowerCase(Locale.ROOT) + " to the next beyond the noise."
                : (changes == 1 ? "A change" : changes + " changes") + " beyond the noise, at " + trend.points().stream().filter(ScoreTrend.Point::changeSignificant)
                .map(p -> p.start().toString()).reduce((a, b) -> a + ", " + b).orElse("") + ".");
        flagged.setId("trend-changes");
        section.add(flagged);
        return section;
    }

    private Component rankingSection(LocalDate start, LocalDate end) {
        return StoreRanks.of(rankings, level.country(), start, end, store -> anchor(store, new Level(level.country(), null, store)));
    }

    static String margin(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "±%.1f", value);
    }

    static String points(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.1f", value);
    }

    static Div section(String title, Component... children) {
        Div section = new Div(new H2(title));
        section.add(children);
        section.addClassName("dashboard-section");
        return section;
    }
}
