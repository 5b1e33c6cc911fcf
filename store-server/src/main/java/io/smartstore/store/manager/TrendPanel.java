package io.smartstore.store.manager;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.smartstore.store.scores.Trend;
import io.smartstore.store.scores.TrendService;
import io.smartstore.support.staff.ui.TrendChart;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did it move?": the last 7, 28 or 90 days up to the shown day as a chart with the margin
 * of error as a band, and a plain sentence comparing them with the period just before.
 */
final class TrendPanel extends Div {

    static final List<Integer> PERIODS = List.of(7, 28, 90);
    private final TrendService trends;
    private final Map<Integer, Button> buttons = new LinkedHashMap<>();
    private final Div chart = new Div();
    private final Paragraph sentence = new Paragraph();
    private int period = 28;
    private LocalDate day;

    TrendPanel(TrendService trends) {
        this.trends = trends;
        addClassNames("day-section", "trend");
        Div choice = new Div();
        choice.addClassName("periods");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", "Period");
        for (int days : PERIODS) {
            Button button = new Button(days + " days", click -> {
                period = days;
                draw();
            });
            button.setId("period-" + days);
            buttons.put(days, button);
            choice.add(button);
        }
        sentence.setId("trend-sentence");
        chart.setId("trend-chart");
        add(new H2("Did it move?"), choice, sentence, chart);
    }

    void show(LocalDate day) {
        this.day = day;
        draw();
    }

    private void draw() {
        buttons.forEach((days, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(days == period));
            if (days == period) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        Trend trend = trends.between(day.minusDays(period - 1), day);
        sentence.setText(trend.change().inWords(period));
        chart.removeAll();
        chart.add(new Svg(TrendChart.svg(trend.days().stream().map(d -> new TrendChart.Point(d.date(), d.nps(), d.marginOfError95(), d.responses()))
                .toList(), trend.change().nps(), "NPS by day over the last " + period + " days, with its margin of error")));
    }
}
