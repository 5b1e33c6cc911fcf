package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.html.Div;

/** A share against its target as a bar a screen reader reads as a meter (0–100%). */
public final class Meter {

    private Meter() {
    }

    public static Div of(double share, String label) {
        int percent = (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
        Div meter = new Div();
        meter.addClassName("meter");
        meter.getElement().setAttribute("role", "meter");
        meter.getElement().setAttribute("aria-valuenow", String.valueOf(percent));
        meter.getElement().setAttribute("aria-valuemin", "0");
        meter.getElement().setAttribute("aria-valuemax", "100");
        meter.getElement().setAttribute("aria-label", label);
        Div fill = new Div();
        fill.addClassName("meter-fill");
        fill.getStyle().set("width", percent + "%");
        meter.add(fill);
        return meter;
    }
}
