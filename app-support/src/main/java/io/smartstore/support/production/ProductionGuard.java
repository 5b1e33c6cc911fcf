package io.smartstore.support.production;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

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
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files: the values an operator set
    }

    /** Checked before the context starts: a refused start takes a second, not a whole start-up. */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.matchesProfiles("demo")) {
            problems.add("the demo profile is active");
        }
        Properties demo = demoProperties();
        for (String secret : list(environment, "smartstore.production.secrets")) {
            String value = environment.getProperty(secret);
            if (value != null && !value.isBlank() && value.equals(demo.getProperty(secret))) {
                problems.add(secret + " is the demo's value");
            }
        }
        for (String required : list(environment, "smartstore.production.required")) {
            if (environment.getProperty(required, "").isBlank()) {
                problems.add(required + " is not set");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in production: " + String.join("; ", problems));
        }
    }

    private static Properties demoProperties() {
        ClassPathResource demoFile = new ClassPathResource("application-demo.properties");
        try {
            return demoFile.exists() ? PropertiesLoaderUtils.loadProperties(demoFile) : new Properties();
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read application-demo.properties", unreadable);
        }
    }

    private static List<String> list(Environment environment, String key) {
        return Arrays.stream(environment.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
