package io.smartstore.support.production;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code demo} profile's settings live beside the jar, in the demo's folder for each app ({@code demo/<app>/}),
 * which says so by setting {@code smartstore.demo.folder}; started with the profile but without the folder, an app
 * says which folder to hand over instead of failing later on a placeholder it cannot resolve.
 */
final class DemoFolder {

    static final String MARK = "smartstore.demo.folder";

    private DemoFolder() {
    }

    static void check(ConfigurableEnvironment environment) {
        if (!environment.matchesProfiles("demo") || environment.containsProperty(MARK)) {
            return;
        }
        String app = environment.getProperty("spring.application.name", "<app>");
        throw new StartRefusal("The demo profile is active but the demo's settings for " + app + " were not found.",
                "Hand over the demo's folder: --spring.config.additional-location=demo/" + app + "/ (from the project's root), "
                        + "or run the whole demo with ./smartstore demo.");
    }
}
