package io.smartstore.store.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.FeedbackReasons;
import io.smartstore.store.feedback.PhoneSurveys;
import io.smartstore.support.i18n.Translations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The survey on the customer's phone, from a link that works once: the NPS question, then
 * the same reasons and comment as at the kiosk, in the language the kiosk spoke to them.
 */
@Route(value = "survey/:code", autoLayout = false)
@PageTitle("How was your visit?")
@AnonymousAllowed
public class PhoneSurveyView extends Main implements BeforeEnterObserver {

    private final PhoneSurveys surveys;

    PhoneSurveyView(PhoneSurveys surveys) {
        this.surveys = surveys;
        addClassName("phone-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        if (code.length() <= 64) {
            surveys.languageOf(code).ifPresent(this::speak);
        }
        if (code.length() > 64 || surveys.open(code).isEmpty()) {
            add(new H1(getTranslation("survey.used")), new Paragraph(getTranslation("survey.anyway")));
            return;
        }
        Div scale = new Div();
        scale.addClassName("phone-scale");
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            Button button = new Button(String.valueOf(score), click -> askWhy(code, chosen));
            button.setId("phone-score-" + score);
            button.getElement().setAttribute("aria-label", getTranslation("rating.score", score));
            scale.add(button);
        }
        add(new H1(getTranslation("rating.question")), scale,
                new Paragraph("0 = " + getTranslation("rating.low") + ", 10 = " + getTranslation("rating.high")));
    }

    /** The reasons of the score's band and an optional comment; the answer is stored when sent. */
    private void askWhy(String code, int score) {
        removeAll();
        Set<String> chosen = new LinkedHashSet<>();
        Div chips = new Div();
        chips.addClassName("phone-chips");
        for (String reason : FeedbackReasons.forScore(score)) {
            Button chip = new Button(getTranslation("reason." + reason));
            chip.setId("phone-reason-" + reason.toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("aria-pressed", "false");
            chip.addClickListener(click -> {
                boolean on = chosen.add(reason) || !chosen.remove(reason);
                chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
                chip.getElement().getClassList().set("chosen", on);
            });
            chips.add(chip);
        }
        TextArea comment = new TextArea(getTranslation("reasons.comment"));
        comment.setId("phone-comment");
        comment.setMaxLength(FeedbackResponse.MAX_COMMENT_LENGTH);
        Button send = new Button(getTranslation("action.send"), click -> {
            boolean stored = surveys.answer(code, score, List.copyOf(chosen), comment.getValue());
            removeAll();
            add(stored ? new H1(getTranslation("thanks.title")) : new H1(getTranslation("survey.used")));
        });
        send.setId("phone-send");
        add(new H1(getTranslation("reasons." + FeedbackReasons.band(score))), chips, comment, send);
    }

    private void speak(String language) {
        Translations.speak(UI.getCurrent(), language);
    }
}
