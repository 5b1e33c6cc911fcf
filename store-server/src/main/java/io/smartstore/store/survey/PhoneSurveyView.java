package io.smartstore.store.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.smartstore.store.feedback.PhoneSurveys;

/** The survey on the customer's phone: the NPS question once, from a link that works once. */
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
        if (code.length() > 64 || surveys.open(code).isEmpty()) {
            add(new H1("This link has already been used or has expired"), new Paragraph("Thank you all the same!"));
            return;
        }
        Div scale = new Div();
        scale.addClassName("phone-scale");
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            Button button = new Button(String.valueOf(score), click -> {
                removeAll();
                add(surveys.answer(code, chosen) ? new H1("Thank you!") : new H1("This link has already been used or has expired"));
            });
            button.setId("phone-score-" + score);
            scale.add(button);
        }
        add(new H1("How likely are you to recommend us to a friend or family member?"), scale,
                new Paragraph("0 = not at all likely, 10 = extremely likely"));
    }
}
