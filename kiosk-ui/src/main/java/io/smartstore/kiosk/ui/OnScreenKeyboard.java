package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/** A touch keyboard for a kiosk without one: letters, digits, a few signs, space and delete, typing into a text area. */
class OnScreenKeyboard extends Div {

    private static final String[] ROWS = {"1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn,.'!?"};
    private final TextArea target;

    OnScreenKeyboard(TextArea target) {
        this.target = target;
        setId("keyboard");
        addClassName("keyboard");
        getElement().setAttribute("aria-label", getTranslation("keyboard.label"));
        for (String row : ROWS) {
            Div line = new Div();
            line.addClassName("keyboard-row");
            row.chars().forEach(c -> line.add(key(String.valueOf((char) c), String.valueOf((char) c))));
            add(line);
        }
        Div last = new Div(key(getTranslation("keyboard.space"), " "), key("⌫", null));
        last.addClassName("keyboard-row");
        add(last);
    }

    private Button key(String label, String text) {
        Button key = new Button(label, click -> type(text));
        key.addClassName("key");
        if (text == null) {
            key.getElement().setAttribute("aria-label", getTranslation("keyboard.delete"));
        }
        return key;
    }

    private void type(String text) {
        String value = target.getValue();
        if (text == null) {
            target.setValue(value.isEmpty() ? value : value.substring(0, value.length() - 1));
        } else if (value.length() < target.getMaxLength()) {
            target.setValue(value + text);
        }
    }
}
