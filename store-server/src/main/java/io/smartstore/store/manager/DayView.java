package io.smartstore.store.manager;

import io.smartstore.protocol.nps.Score;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.AnswersBroadcaster;
import io.smartstore.store.feedback.MisuseSettings;
import io.smartstore.store.floor.FollowUpList;
import io.smartstore.store.floor.FollowUpLists;
import io.smartstore.store.scores.DailyResponsesCsv;
import io.smartstore.store.scores.DailyScoreService;
import io.smartstore.store.scores.DailyScores;
import io.smartstore.store.scores.TrendService;
import io.smartstore.store.scores.Verbatims;
import io.smartstore.support.i18n.Translations;
import io.smartstore.support.staff.ui.StaffTable;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The manager's day: pick a day (today, yesterday in one tap), read the NPS with its margin
 * of error and n (indicative below 30), whether the last 7, 28 or 90 days really moved, the
 * 0–10 spread, why customers said what they said, where and when, whom to call back, and
 * what was set aside as misuse; take the day's answers as CSV or print the page on one A4
 * sheet. New answers redraw the page as they arrive (server push).
 */
@Route("")
@PageTitle("The day · Smart Store")
@Menu(title = "The day", order = 1, icon = "vaadin:chart")
@RolesAllowed({"MANAGER", "ADMIN"})
public class DayView extends Main implements BeforeEnterObserver {

    /** Each band's colour in the day's distribution. */
    private static final java.util.Map<Score.Band, String> CSS_BAND = java.util.Map.of(Score.Band.DETRACTOR, "low",
            Score.Band.PASSIVE, "mid", Score.Band.PROMOTER, "high");

    private static final Logger log = LoggerFactory.getLogger(DayView.class);
    private final DailyScoreService scores;
    private final Verbatims verbatims;
    private final DailyResponsesCsv csv;
    private final AnswersBroadcaster answers;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    private final LocalDate today;
    private final java.time.ZoneId zone;
    private final MisuseSettings misuseRule;
    private final DatePicker day = new io.smartstore.support.staff.ui.IsoDatePicker("Day");
    private final Div headline = new Div();
    private final TrendPanel trend;
    private final Div figures = new Div();
    private final FollowUpList followUps;
    private final Checkbox detractorsOnly = new Checkbox("Detractors only");
    private final TextField search = new TextField();
    private final Div comments = new Div();
    private AutoCloseable subscription;

    DayView(DailyScoreService scores, TrendService trends, Verbatims verbatims, FollowUpLists followUpLists, DailyResponsesCsv csv,
            AnswersBroadcaster answers, MisuseSettings misuseRule, AuthenticationContext authentication, StoreSettings settings, Clock clock) {
        this.misuseRule = misuseRule;
        this.zone = settings.store().zone();
        this.scores = scores;
        this.verbatims = verbatims;
        this.csv = csv;
        this.answers = answers;
        this.today = LocalDate.now(clock.withZone(settings.store().zone()));
        this.trend = new TrendPanel(trends);
        this.followUps = followUpLists.forStaff(authentication.getPrincipalName().orElseThrow());
        followUps.onChange(this::show);
        addClassNames("today-view", "day-view");
        day.setId("day-picker");
        day.setMax(today);
        day.setValue(today);
        day.addValueChangeListener(change -> {
            if (isAttached()) { // before that, attaching draws the page
                show();
            }
        });
        Button todayButton = new Button("Today", click -> day.setValue(today));
        todayButton.setId("day-today");
        Button yesterday = new Button("Yesterday", click -> day.setValue(today.minusDays(1)));
        yesterday.setId("day-yesterday");
        Button print = new Button("Print", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        Div picker = new Div(day, todayButton, yesterday, print);
        picker.addClassNames("day-picker", "no-print");
        detractorsOnly.setId("detractors-only");
        detractorsOnly.addValueChangeListener(change -> showComments());
        search.setId("search-comments");
        search.setPlaceholder("Search the comments");
        search.setAriaLabel("Search the comments");
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> showComments());
        comments.setId("comments");
        H1 title = new H1("The day, " + settings.store().id());
        add(title, picker, headline, trend, figures, followUps);
    }

    /** {@code ?date=2026-11-26} (the morning e-mail's link) opens that day; anything else opens today. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("date").ifPresent(value -> {
            try {
                LocalDate asked = LocalDate.parse(value);
                day.setValue(asked.isAfter(today) ? today : asked);
            } catch (java.time.format.DateTimeParseException notADate) {
                day.setValue(today);
            }
        });
    }

    private LocalDate shown() {
        return day.getValue() == null ? today : day.getValue();
    }

    private void show() {
        LocalDate date = shown();
        DailyScores figuresOfDay = scores.of(date);
        headline.removeAll();
        headline.addClassName("headline");
        Span nps = new Span(figuresOfDay.nps() == null ? "–" : String.format(Locale.ROOT, "%+.0f", figuresOfDay.nps()));
        nps.setId("nps");
        nps.addClassName("nps");
        boolean indicative = Score.indicative(figuresOfDay.responses());
        nps.getElement().getClassList().set("indicative", indicative);
        Paragraph detail = new Paragraph(figuresOfDay.nps() == null ? "No answers on " + date + "."
                : String.format(Locale.ROOT, "±%.0f points (95%%), %s%s",
                figuresOfDay.marginOfError95(), figuresOfDay.answersInWords(), indicative ? " — indicative: fewer than " + Score.INDICATIVE_BELOW : ""));
        detail.setId("nps-detail");
        headline.add(new H2(date.equals(today) ? "Today, " + date : date.equals(today.minusDays(1)) ? "Yesterday, " + date : date.toString()),
                nps, detail);
        if (figuresOfDay.responses() > 0) {
            headline.add(spread(figuresOfDay));
        }
        trend.show(date);
        figures.removeAll();
        Div whereAndWhen = section("Where and when");
        whereAndWhen.add(WhereAndWhen.of(figuresOfDay));
        whereAndWhen.addClassName("where-and-when");
        figures.add(reasons(figuresOfDay), commentsSection(), whereAndWhen, followUpFigures(figuresOfDay), misuse(figuresOfDay), download(date));
        followUps.refresh();
        showComments();
    }

    private static Div spread(DailyScores figures) {
        Div spread = new Div();
        spread.addClassName("spread");
        spread.getElement().setAttribute("role", "img");
        spread.getElement().setAttribute("aria-label", "Answers by score from 0 to 10");
        long max = java.util.Arrays.stream(figures.distribution()).max().orElse(0);
        for (int score = 0; score <= 10; score++) {
            Div bar = new Div(new Span(String.valueOf(figures.distribution()[score])));
            bar.addClassNames("bar", CSS_BAND.get(Score.band(score)));
            bar.getStyle().set("height", (max == 0 ? 0 : 8 + 120 * figures.distribution()[score] / max) + "px");
            Div column = new Div(bar, new Span(String.valueOf(score)));
            column.addClassName("column");
            spread.add(column);
        }
        return spread;
    }

    private static Div reasons(DailyScores figures) {
        StaffTable table = new StaffTable("reasons", "What mattered, by score band (what detractors cite most first)", "Reason", "Detractors",
                "Passives", "Promoters");
        figures.reasons().forEach(reason -> table.row(Translations.reasonInEnglish(reason.reason()), reason.detractors(),
                reason.passives(), reason.promoters()));
        Div why = section("Why", table);
        if (figures.reasons().isEmpty()) {
            why.add(new Paragraph("No reasons chosen this day."));
        }
        return why;
    }

    private Div commentsSection() {
        Div filters = new Div(detractorsOnly, search);
        filters.addClassNames("filters", "no-print");
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
            line.addClassName(Score.band(verbatim.score()) == Score.Band.DETRACTOR ? "verbatim-low" : "verbatim");
            comments.add(line);
        });
    }

    private static Div followUpFigures(DailyScores figures) {
        var followUps = figures.followUps();
        Paragraph text = new Paragraph(String.format(Locale.ROOT, "%d opened this day; %s of those due this day closed in time; %d overdue now; "
                        + "%d recovered in the shop.", followUps.opened(), followUps.closedInTime() == null ? "none" : Math.round(followUps.closedInTime() * 100) + "%",
                followUps.overdue(), followUps.recoveredInTheShop()));
        text.setId("follow-up-figures");
        return section("Call backs", text);
    }

    private Div misuse(DailyScores figures) {
        StaffTable table = new StaffTable("misuse", "Set aside as misuse (not counted)", "Time", "Kiosk", "Score", "Why");
        figures.misuse().forEach(entry -> table.row(TIME.format(entry.answeredAt().atZone(zone)), entry.kiosk(), entry.score(),
                "BURST".equals(entry.reason()) ? "more than " + misuseRule.maxPerMinute() + " answers in a minute at this kiosk"
                        : "within " + (misuseRule.window().toMillis() < 1000 ? misuseRule.window().toMillis() + " ms"
                        : misuseRule.window().toSeconds() + " s") + " of the kiosk's previous answer"));
        return section("Misuse: " + figures.excludedAsMisuse(), table);
    }

    private Anchor download(LocalDate date) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.of(date).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "answers-" + date + ".csv", "text/csv", bytes.length);
        }), "Download the day's answers (CSV, no personal data)");
        link.setId("download-csv");
        link.addClassName("no-print");
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
        UI ui = event.getUI();
        subscription = answers.listen(received -> ui.access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("could not stop listening to new answers", e);
        }
    }
}
