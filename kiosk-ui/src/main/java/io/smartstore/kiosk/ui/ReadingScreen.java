package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The acknowledgement shown the moment a card is read, while the store looks the customer up. */
class ReadingScreen extends Div {

    ReadingScreen() {
        setId("reading-screen");
        addClassNames("screen", "reading");
        Div spinner = new Div();
        spinner.addClassName("spinner");
        add(spinner, new H2(getTranslation("reading.title")));
    }
}
