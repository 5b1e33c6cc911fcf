package io.smartstore.support.production;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile runs an app on PostgreSQL: it refuses to start unless
 * {@code spring.datasource.url} names a PostgreSQL database, and says which key to set.
 */
public class PostgresProfileCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("The postgres profile needs spring.datasource.url=jdbc:postgresql://host:5432/database "
                    + "(with spring.datasource.username and spring.datasource.password); it is "
                    + (url.isBlank() ? "not set" : "not a PostgreSQL URL"));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files, and after a test has chosen its database
    }
}
