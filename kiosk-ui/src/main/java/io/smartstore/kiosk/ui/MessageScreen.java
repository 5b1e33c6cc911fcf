package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A plain-language message when something did not work, and the ways forward. */
class MessageScreen extends Div {

    /** The message {@code key}: its {@code .title} and {@code .text} in the screen's language. */
    MessageScreen(String key, Runnable back, Runnable continueAnonymously) {
        setId("message-screen");
        addClassNames("screen", "message");
        Div card = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        card.addClassName("message-card");
        Button again = new Button(getTranslation("action.retry"), e -> back.run());
        again.setId("message-back");
        again.addClassName("primary-action");
        Button anonymous = new Button(getTranslation("action.anonymous"), e -> continueAnonymously.run());
        anonymous.addClassName("secondary-action");
        Div actions = new Div(again, anonymous);
        actions.addClassName("actions");
        add(card, actions);
    }
}
