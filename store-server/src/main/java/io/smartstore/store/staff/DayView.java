package io.smartstore.store.staff;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.followups.FollowUp;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.scores.DailyResponsesCsv;
import io.smartstore.store.scores.DailyScoreService;
import io.smartstore.store.scores.DailyScores;
import io.smartstore.store.scores.Trend;
import io.smartstore.store.scores.TrendService;
import io.smartstore.store.scores.Verbatims;
import io.smartstore.support.staff.ui.StaffTable;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The manager's day: pick a day (today, yesterday in one tap), read the NPS with its margin
 * of error and n (indicative below 30), whether the last 28 days really moved, the 0–10
 * spread, why customers said what they said, whom to call back, and what was set aside as
 * misuse; take the day's answers as CSV.
 */
@Route("")
@PageTitle("The day · Smart Store")
@Menu(title = "The day", order = 1, icon = "vaadin:chart")
@RolesAllowed({"MANAGER", "ADMIN"})
public class DayView extends Main {

    static final int INDICATIVE_BELOW = 30;
    private final DailyScoreService scores;
    private final TrendService trends;
    private final Verbatims verbatims;
    private final FollowUps followUps;
    private final DailyResponsesCsv csv;
    private final AuthenticationContext authentication;
    private final LocalDate today;
    private final DatePicker day = new DatePicker("Day");
    private final Div content = new Div();
    private final Checkbox detractorsOnly = new Checkbox("Detractors only");
    private final TextField search = new TextField();
    private final Div comments = new Div();

    DayView(DailyScoreService scores, TrendService trends, Verbatims verbatims, FollowUps followUps, DailyResponsesCsv csv,
            AuthenticationContext authentication, StoreSettings settings, Clock clock) {
        this.scores = scores;
        this.trends = trends;
        this.verbatims = verbatims;
        this.followUps = followUps;
        this.csv = csv;
        this.authentication = authentication;
        this.today = LocalDate.now(clock.withZone(settings.store().zone()));
        addClassNames("today-view", "day-view");
        day.setId("day-picker");
        day.setMax(today);
        day.setValue(today);
        day.addValueChangeListener(change -> show());
        Button todayButton = new Button("Today", click -> day.setValue(today));
        todayButton.setId("day-today");
        Button yesterday = new Button("Yesterday", click -> day.setValue(today.minusDays(1)));
        yesterday.setId("day-yesterday");
        Div picker = new Div(day, todayButton, yesterday);
        picker.addClassName("day-picker");
        detractorsOnly.setId("detractors-only");
        detractorsOnly.addValueChangeListener(change -> showComments());
        search.setId("search-comments");
        search.setPlaceholder("Search the comments");
        search.setAriaLabel("Search the comments");
        search.addValueChangeListener(change -> showComments());
        comments.setId("comments");
        add(new H1("The day, " + settings.store().id()), picker, content);
    }

    private LocalDate shown() {
        return day.getValue() == null ? today : day.getValue();
    }

    private void show() {
        LocalDate date = shown();
        DailyScores figures = scores.of(date);
        content.removeAll();
        Span nps = new Span(figures.nps() == null ? "–" : String.format(Locale.ROOT, "%+.0f", figures.nps()));
        nps.setId("nps");
        nps.addClassName("nps");
        boolean indicative = figures.responses() < INDICATIVE_BELOW;
        nps.getElement().getClassList().set("indicative", indicative);
        Paragraph detail = new Paragraph(figures.nps() == null ? "No answers on " + date + "."
                : String.format(Locale.ROOT, "±%.0f points (95%%), %d answers: %d promoters, %d passives, %d detractors%s",
                figures.marginOfError95(), figures.responses(), figures.promoters(), figures.passives(), figures.detractors(),
                indicative ? " — indicative: fewer than 30" : ""));
        detail.setId("nps-detail");
        content.add(nps, detail, trendSentence(date), spread(figures), reasons(figures), commentsSection(),
                followUpsSection(), misuse(figures), download(date));
        showComments();
    }

    /** "Did it move?" in words, for the 28 days up to the day against the 28 before. */
    private Paragraph trendSentence(LocalDate date) {
        Trend.Change change = trends.between(date.minusDays(27), date).change();
        String text = change.nps() == null ? "No answers in the last 28 days."
                : change.previousNps() == null ? String.format(Locale.ROOT, "Last 28 days: %+.0f; nothing to compare with before.", change.nps())
                : String.format(Locale.ROOT, "Last 28 days: %+.0f, %s %.0f points on the 28 days before (%+.0f) — %s.", change.nps(),
                change.nps() >= change.previousNps() ? "up" : "down", Math.abs(change.nps() - change.previousNps()), change.previousNps(),
                change.significant() ? "a real change" : "within the noise");
        Paragraph sentence = new Paragraph(text);
        sentence.setId("trend-sentence");
        return sentence;
    }

    private static Div spread(DailyScores figures) {
        Div spread = new Div();
        spread.addClassName("spread");
        spread.getElement().setAttribute("role", "img");
        spread.getElement().setAttribute("aria-label", "Answers by score from 0 to 10");
        long max = java.util.Arrays.stream(figures.distribution()).max().orElse(0);
        for (int score = 0; score <= 10; score++) {
            Div bar = new Div(new Span(String.valueOf(figures.distribution()[score])));
            bar.addClassNames("bar", score <= 6 ? "low" : score <= 8 ? "mid" : "high");
            bar.getStyle().set("height", (max == 0 ? 0 : 8 + 160 * figures.distribution()[score] / max) + "px");
            Div column = new Div(bar, new Span(String.valueOf(score)));
            column.addClassName("column");
            spread.add(column);
        }
        return spread;
    }

    private static Div reasons(DailyScores figures) {
        StaffTable table = new StaffTable("reasons", "What mattered, by score band", "Reason", "Detractors", "Passives", "Promoters");
        figures.reasons().forEach(reason -> table.row(reason.reason().toLowerCase(Locale.ROOT).replace('_', ' '), reason.detractors(),
                reason.passives(), reason.promoters()));
        return section("Why", table);
    }

    private Div commentsSection() {
        Div filters = new Div(detractorsOnly, search);
        filters.addClassName("filters");
        return section("What they wrote", filters, comments);
    }

    private void showComments() {
        comments.removeAll();
        var found = verbatims.on(shown(), detractorsOnly.getValue(), search.getValue());
        if (found.isEmpty()) {
            comments.add(new Paragraph("No comments."));
        }
        found.forEach(verbatim -> {
            Paragraph line = new Paragraph(verbatim.score() + "/10 · “" + verbatim.comment() + "”"
                    + (verbatim.sphere() == null ? "" : " · " + verbatim.sphere().toLowerCase(Locale.ROOT))
                    + (verbatim.adviser() == null ? "" : " · " + verbatim.adviser())
                    + (verbatim.language() == null ? "" : " · " + verbatim.language()));
            line.addClassName(verbatim.score() <= 6 ? "verbatim-low" : "verbatim");
            comments.add(line);
        });
    }

    private Div followUpsSection() {
        StaffTable table = new StaffTable("follow-ups", "Customers to call back", "Due", "Score", "Comment", "Customer", "Owner", "");
        String me = authentication.getPrincipalName().orElse("");
        for (FollowUp followUp : followUps.withStatus(null)) {
            if (followUp.status().equals("CLOSED")) {
                continue;
            }
            Button take = new Button("Take", click -> {
                followUps.update(followUp.id(), me, null, null, null);
                show();
            });
            take.getElement().setAttribute("aria-label", "Take the follow-up due " + followUp.dueAt());
            Button close = new Button("Close", click -> {
                followUps.update(followUp.id(), null, "CLOSED", "closed from the day page", null);
                show();
            });
            close.getElement().setAttribute("aria-label", "Close the follow-up due " + followUp.dueAt());
            table.row(followUp.dueAt().toString() + (followUp.dueAt().isBefore(java.time.Instant.now()) ? " (overdue)" : ""),
                    followUp.score(), followUp.comment(), followUp.customer() == null ? "" : followUp.customer().firstName(),
                    followUp.owner(), new com.vaadin.flow.component.Component[]{take, close});
        }
        return section("Follow-ups", table);
    }

    private static Div misuse(DailyScores figures) {
        StaffTable table = new StaffTable("misuse", "Set aside as misuse (not counted)", "Time", "Kiosk", "Score");
        figures.misuse().forEach(entry -> table.row(entry.answeredAt().toString(), entry.kiosk(), entry.score()));
        return section("Misuse: " + figures.excludedAsMisuse(), table);
    }

    private Anchor download(LocalDate date) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.of(date).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "answers-" + date + ".csv", "text/csv", bytes.length);
        }), "Download the day's answers (CSV, no personal data)");
        link.setId("download-csv");
        return link;
    }

    private static Div section(String title, com.vaadin.flow.component.Component... children) {
        Div section = new Div(new H2(title));
        section.add(children);
        section.addClassName("day-section");
        return section;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show();
    }
}
