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

    /** The languages offered, by name in their own language (flags are not languages). */
    static final java.util.SequencedMap<String, String> LANGUAGES = languages();

    private static java.util.SequencedMap<String, String> languages() {
        java.util.SequencedMap<String, String> languages = new java.util.LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("fr", "Français");
        languages.put("es", "Español");
        languages.put("ar", "العربية");
        return java.util.Collections.unmodifiableSequencedMap(languages);
    }

    AttractScreen(Runnable continueAnonymously, Runnable talkToAnAdviser, java.util.function.Consumer<String> language,
                  Component demoControls) {
        setId("attract-screen");
        addClassNames("screen", "attract");
        Div card = new Div();
        card.addClassName("attract-card");
        Div pictogram = new Div(VaadinIcon.CREDIT_CARD.create(), VaadinIcon.QRCODE.create());
        pictogram.addClassName("pictogram");
        H1 title = new H1(getTranslation("attract.welcome"));
        Paragraph invitation = new Paragraph(getTranslation("attract.invitation"));
        invitation.addClassName("invitation");
        Span hint = new Span(getTranslation("attract.hint"));
        hint.addClassName("hint");
        card.add(pictogram, title, invitation, hint);

        Button anonymous = new Button(getTranslation("action.anonymous"), e -> continueAnonymously.run());
        anonymous.setId("continue-anonymously");
        anonymous.addClassName("secondary-action");
        Button adviser = new Button(getTranslation("action.adviser"), VaadinIcon.USER.create(), e -> talkToAnAdviser.run());
        adviser.setId("talk-to-adviser");
        adviser.addClassName("secondary-action");
        Div actions = new Div(adviser, anonymous);
        actions.addClassName("actions");
        Div languages = new Div();
        languages.addClassName("languages");
        languages.getElement().setAttribute("role", "group");
        LANGUAGES.forEach((code, name) -> {
            Button choice = new Button(name, e -> language.accept(code));
            choice.setId("language-" + code);
            choice.addClassName("language");
            choice.getElement().setAttribute("lang", code);
            languages.add(choice);
        });
        add(languages, card, actions);
        if (demoControls != null) {
            add(demoControls);
        }
    }
}
