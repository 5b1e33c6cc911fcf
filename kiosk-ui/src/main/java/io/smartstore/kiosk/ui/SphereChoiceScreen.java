package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import io.smartstore.kiosk.KioskSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** "What can we help you with?": one large button per sphere of use, in their configured order. */
class SphereChoiceScreen extends Div {

    SphereChoiceScreen(Map<String, KioskSettings.Sphere> spheres, Spheres looks, Consumer<String> chosen, Runnable back) {
        setId("sphere-choice-screen");
        addClassNames("screen", "sphere-choice");
        Div choices = new Div();
        choices.addClassName("sphere-choices");
        List<String> codes = looks.inOrder(new ArrayList<>(spheres.keySet()), code -> code);
        for (String code : codes) {
            KioskSettings.Sphere sphere = looks.look(code);
            Button choice = new Button(looks.label(code, this), looks.icon(code).create(), click -> chosen.accept(code));
            choice.setId("sphere-" + code.toLowerCase(java.util.Locale.ROOT));
            choice.addClassName("sphere-choice-button");
            choice.getStyle().set("--sphere-colour", sphere.colour());
            choices.add(choice);
        }
        Button cancel = new Button(getTranslation("action.back"), click -> back.run());
        cancel.addClassName("secondary-action");
        add(new H1(getTranslation("sphere.choose")), choices, cancel);
    }
}
