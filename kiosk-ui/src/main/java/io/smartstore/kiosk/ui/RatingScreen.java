package io.smartstore.kiosk.ui;

import io.smartstore.protocol.nps.Score;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

import java.util.function.IntConsumer;

/** The NPS question: eleven large buttons, 0 to 10, none chosen in advance. */
class RatingScreen extends Div {

    /** Each band's colour on the buttons. */
    private static final java.util.Map<Score.Band, String> CSS_BAND = java.util.Map.of(Score.Band.DETRACTOR, "band-low",
            Score.Band.PASSIVE, "band-mid", Score.Band.PROMOTER, "band-high");

    RatingScreen(IntConsumer answer, Runnable later, Runnable cancel) {
        setId("rating-screen");
        addClassNames("screen", "rating");
        H1 question = new H1(getTranslation("rating.question"));
        Div scale = new Div();
        scale.addClassName("score-scale");
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            Button button = new Button(String.valueOf(score), e -> answer.accept(chosen));
            button.setId("score-" + score);
            button.addClassNames("score", CSS_BAND.get(Score.band(score)));
            button.getElement().setAttribute("aria-label", getTranslation("rating.score", score));
            scale.add(button);
        }
        Span low = new Span(getTranslation("rating.low"));
        Span high = new Span(getTranslation("rating.high"));
        Div ends = new Div(low, high);
        ends.addClassName("scale-ends");
        Button skip = new Button(getTranslation("action.notNow"), e -> cancel.run());
        skip.setId("skip-rating");
        skip.addClassName("secondary-action");
        Button phone = new Button(getTranslation("action.later"), com.vaadin.flow.component.icon.VaadinIcon.MOBILE.create(), e -> later.run());
        phone.setId("rate-later");
        phone.addClassName("secondary-action");
        Div actions = new Div(phone, skip);
        actions.addClassName("actions");
        add(question, scale, ends, actions);
    }
}
