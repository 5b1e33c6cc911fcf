package io.smartstore.support.i18n;

import com.vaadin.flow.i18n.I18NProvider;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words on screen in English, French, Spanish and Arabic: first the app's own
 * {@code vaadin-i18n/translations*.properties}, then the survey's
 * {@code smartstore-i18n/survey*.properties} (the NPS question, the reasons, the comment,
 * thank you), which the kiosk and the phone survey share, then a ticket's
 * {@code smartstore-i18n/ticket*.properties} (the kiosk's ticket screen and the ticket's page on the
 * customer's phone). A key found in none comes back as {@code !key}, so that a caller can fall back.
 */
public class Translations implements I18NProvider {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    private static final List<String> BUNDLES = List.of("vaadin-i18n.translations", "smartstore-i18n.survey", "smartstore-i18n.ticket");
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, language, getClass().getClassLoader(), NO_SYSTEM_FALLBACK);
                if (bundle.containsKey(key)) {
                    String text = bundle.getString(key);
                    return params.length == 0 ? text : new MessageFormat(text, language).format(params);
                }
            } catch (MissingResourceException absent) {
                // this app has no such bundle
            }
        }
        return "!" + key;
    }

    /** The page speaks {@code language} from now on: its words, and its direction (Arabic reads right to left). */
    public static void speak(com.vaadin.flow.component.UI ui, String language) {
        ui.setLocale(Locale.forLanguageTag(language));
        ui.setDirection("ar".equals(language) ? com.vaadin.flow.component.Direction.RIGHT_TO_LEFT : com.vaadin.flow.component.Direction.LEFT_TO_RIGHT);
        ui.getElement().setAttribute("lang", language);
    }

    /** A survey reason as staff pages and e-mails name it (English); the code in plain letters when unknown. */
    public static String reasonInEnglish(String code) {
        String label = new Translations().getTranslation("reason." + code, Locale.ENGLISH);
        return label.startsWith("!") ? code.toLowerCase(Locale.ROOT).replace('_', ' ') : label;
    }
}
