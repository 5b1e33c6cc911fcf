package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The screen nobody owns: an invitation to sign in, never any personal data. */
class AttractScreen extends Div {

    AttractScreen(Runnable continueAnonymously, Runnable talkToAnAdviser, Component demoControls) {
        setId("attract-screen");
        addClassNames("screen", "attract");
        Div card = new Div();
        card.addClassName("attract-card");
        Div pictogram = new Div(VaadinIcon.CREDIT_CARD.create(), VaadinIcon.QRCODE.create());
        pictogram.addClassName("pictogram");
        H1 title = new H1("Welcome");
        Paragraph invitation = new Paragraph("Tap your card or scan your app code");
        invitation.addClassName("invitation");
        Span hint = new Span("Swipe your loyalty card in the reader below the screen");
        hint.addClassName("hint");
        card.add(pictogram, title, invitation, hint);

        Button anonymous = new Button("Continue without signing in", e -> continueAnonymously.run());
        anonymous.setId("continue-anonymously");
        anonymous.addClassName("secondary-action");
        Button adviser = new Button("Talk to an adviser", VaadinIcon.USER.create(), e -> talkToAnAdviser.run());
        adviser.setId("talk-to-adviser");
        adviser.addClassName("secondary-action");
        Div actions = new Div(adviser, anonymous);
        actions.addClassName("actions");
        add(card, actions);
        if (demoControls != null) {
            add(demoControls);
        }
    }
}
