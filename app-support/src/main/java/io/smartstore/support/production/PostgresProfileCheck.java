package io.smartstore.support.production;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile runs an app on PostgreSQL: it refuses to start unless
 * {@code spring.datasource.url} names a PostgreSQL database, and says which key to set.
 */
public class PostgresProfileCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StartRefusal("The postgres profile needs spring.datasource.url=jdbc:postgresql://host:5432/database; it is "
                    + (url.isBlank() ? "not set." : "not a PostgreSQL URL."),
                    "Set spring.datasource.url (with spring.datasource.username and spring.datasource.password), e.g. as "
                            + "SPRING_DATASOURCE_URL, or start without the postgres profile to run on H2.");
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1; // after the configuration files, a test's database, and logging
    }
}
