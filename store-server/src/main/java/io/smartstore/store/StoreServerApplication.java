package io.smartstore.store;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import io.smartstore.support.TokenSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * The shop's server: recognises customers for its kiosks, takes their feedback, scores the day, forwards to central.
 * The shared features it is built with are in {@link StoreFeatures}, off this class, so that a web slice loads only its edge.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableConfigurationProperties(TokenSettings.class)
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/staff.css")
@StyleSheet("styles/store.css")
public class StoreServerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(StoreServerApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
