package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shown once the answer is safe in the outbox; the kiosk resets a few seconds later. */
class ThankYouScreen extends Div {

    ThankYouScreen() {
        setId("thank-you-screen");
        addClassNames("screen", "thank-you");
        Div tick = new Div(VaadinIcon.CHECK.create());
        tick.addClassName("tick");
        add(tick, new H1(getTranslation("thanks.title")), new Paragraph(getTranslation("thanks.text")));
    }
}
