package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** "One moment": shown the moment a card is read (or a ticket asked for) while the store answers; it times out, and it has a way back. */
class ReadingScreen extends Div {

    ReadingScreen(Runnable cancel) {
        setId("reading-screen");
        addClassNames("screen", "reading");
        Div spinner = new Div();
        spinner.addClassName("spinner");
        com.vaadin.flow.component.button.Button back = new com.vaadin.flow.component.button.Button(getTranslation("action.back"), click -> cancel.run());
        back.setId("reading-cancel");
        back.addClassName("secondary-action");
        add(spinner, new H2(getTranslation("reading.title")), back);
    }
}
