package io.smartstore.store.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.store.scores.DailyScoreService;
import io.smartstore.store.scores.DailyScores;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** The manager's day at a glance: NPS with its margin of error and the 0–10 spread. */
@Route("")
@PageTitle("Today · Smart Store")
@Menu(title = "Today", order = 1, icon = "vaadin:chart")
@RolesAllowed({"MANAGER", "ADMIN"})
public class TodayView extends Main {

    TodayView(DailyScoreService scores, Clock clock, io.smartstore.store.StoreSettings settings) {
        addClassName("today-view");
        ZoneId zone = settings.store().zone();
        DailyScores day = scores.of(LocalDate.now(clock.withZone(zone)));
        Span nps = new Span(day.nps() == null ? "–" : String.format(Locale.ROOT, "%+.0f", day.nps()));
        nps.setId("nps");
        nps.addClassName("nps");
        Paragraph detail = new Paragraph(day.nps() == null ? "No answers yet today."
                : String.format(Locale.ROOT, "±%.0f points (95%%), %d answers%s", day.marginOfError95(), day.responses(),
                day.responses() < 30 ? " — indicative: fewer than 30" : ""));
        Div spread = new Div();
        spread.addClassName("spread");
        long max = java.util.Arrays.stream(day.distribution()).max().orElse(0);
        for (int score = 0; score <= 10; score++) {
            Div bar = new Div(new Span(String.valueOf(day.distribution()[score])));
            bar.addClassNames("bar", score <= 6 ? "low" : score <= 8 ? "mid" : "high");
            bar.getStyle().set("height", (max == 0 ? 0 : 8 + 160 * day.distribution()[score] / max) + "px");
            Div column = new Div(bar, new Span(String.valueOf(score)));
            column.addClassName("column");
            spread.add(column);
        }
        add(new H1("Today, " + settings.store().id()), nps, detail, spread);
    }
}
