package io.smartstore.store.production;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code prod} profile refuses to start with the demo's secrets (any secret equal to
 * its value in {@code application-demo.properties}), with the demo profile beside it, or
 * without the secrets production needs.
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

    static final List<String> SECRETS = List.of("smartstore.bootstrap.admin-password", "smartstore.bootstrap.kiosk-token",
            "smartstore.bootstrap.store-token", "smartstore.cards.hash-secret", "smartstore.central.token",
            "smartstore.store.token", "smartstore.tokens.private-key", "smartstore.kiosk.service-pin");
    private final Environment environment;

    ProductionGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        List<String> problems = new ArrayList<>();
        if (environment.matchesProfiles("demo")) {
            problems.add("the demo profile is active");
        }
        Properties demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
        for (String secret : SECRETS) {
            String value = environment.getProperty(secret);
            if (value != null && !value.isBlank() && value.equals(demo.getProperty(secret))) {
                problems.add(secret + " is the demo's value");
            }
        }
        for (String required : REQUIRED) {
            if (environment.getProperty(required, "").isBlank()) {
                problems.add(required + " is not set");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", problems));
        }
    }

    private static final List<String> REQUIRED = List.of("smartstore.cards.hash-secret", "smartstore.tokens.public-keys");
}
