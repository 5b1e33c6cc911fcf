package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.smartstore.kiosk.KioskSettings;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How each sphere of use looks on screen, from configuration; an unknown sphere still shows, in grey. */
@Component
class Spheres {

    private final KioskSettings settings;

    Spheres(KioskSettings settings) {
        this.settings = settings;
    }

    java.util.Map<String, KioskSettings.Sphere> all() {
        return settings.spheres();
    }

    /** The sphere's name in the screen's language; the configured label when there is no translation. */
    String label(String code, com.vaadin.flow.component.Component screen) {
        String text = screen.getTranslation("sphere." + code);
        return text == null || text.startsWith("!") ? look(code).label() : text;
    }

    KioskSettings.Sphere look(String code) {
        KioskSettings.Sphere sphere = settings.spheres().get(code);
        if (sphere != null) {
            return sphere;
        }
        String label = code.isEmpty() ? code : code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return new KioskSettings.Sphere(label, "CIRCLE", "#64748b", Integer.MAX_VALUE);
    }

    VaadinIcon icon(String code) {
        try {
            return VaadinIcon.valueOf(look(code).icon());
        } catch (IllegalArgumentException e) {
            return VaadinIcon.CIRCLE;
        }
    }

    /** Orders sphere codes as configured. */
    <T> List<T> inOrder(List<T> items, java.util.function.Function<T, String> code) {
        return items.stream().sorted(Comparator.comparingInt(item -> look(code.apply(item)).order())).toList();
    }
}
