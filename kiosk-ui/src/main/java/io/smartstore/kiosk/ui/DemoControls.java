package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.smartstore.devices.fake.FakeCardReader;
import io.smartstore.kiosk.KioskSettings;
import io.smartstore.kiosk.readers.ReaderDevices;
import org.springframework.context.annotation.Profile;

/** The demo profile's stand-in for a card reader: a person taps a demo card on screen. */
@org.springframework.stereotype.Component
@Profile("demo")
class DemoControls {

    private final FakeCardReader reader;
    private final KioskSettings settings;

    DemoControls(ReaderDevices devices, KioskSettings settings) {
        this.reader = (FakeCardReader) devices.cardReader().orElseThrow();
        this.settings = settings;
    }

    Component create() {
        Span label = new Span("Demo: tap a card");
        label.addClassName("demo-label");
        Div panel = new Div(label);
        panel.setId("demo-cards");
        panel.addClassName("demo-cards");
        for (KioskSettings.DemoCard card : settings.demo().cards()) {
            Button tap = new Button(card.name(), VaadinIcon.CREDIT_CARD.create(), e -> reader.swipe(card.number()));
            tap.addClassName("demo-card");
            panel.add(tap);
        }
        return panel;
    }
}
