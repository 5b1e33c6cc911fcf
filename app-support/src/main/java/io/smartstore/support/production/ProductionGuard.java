package io.smartstore.support.production;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The {@code prod} profile refuses to start with the demo's secrets (any of
 * {@code smartstore.production.secrets} equal to its value in {@code application-demo.properties}),
 * with the demo profile beside it, or without each of {@code smartstore.production.required}
 * — both lists are the app's own, in its {@code application.properties}. The message names
 * every key that is wrong.
 */
@Component
@Profile("prod")
public class ProductionGuard implements InitializingBean {

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
        ClassPathResource demoFile = new ClassPathResource("application-demo.properties");
        Properties demo = demoFile.exists() ? PropertiesLoaderUtils.loadProperties(demoFile) : new Properties();
        for (String secret : list("smartstore.production.secrets")) {
            String value = environment.getProperty(secret);
            if (value != null && !value.isBlank() && value.equals(demo.getProperty(secret))) {
                problems.add(secret + " is the demo's value");
            }
        }
        for (String required : list("smartstore.production.required")) {
            if (environment.getProperty(required, "").isBlank()) {
                problems.add(required + " is not set");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", problems));
        }
    }

    private List<String> list(String key) {
        return Arrays.stream(environment.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
