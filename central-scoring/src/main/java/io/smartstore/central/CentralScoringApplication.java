package io.smartstore.central;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import io.smartstore.support.TokenSettings;
import io.smartstore.central.dashboard.HeadquartersSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import java.time.Clock;

/**
 * Headquarters' scoring service: every store's answers, NPS by country and segment weighted by customers. The shared
 * features it is built with are in {@link CentralFeatures}, off this class, so that a web slice loads only its edge.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling // the audit trail forgets what is past its retention each night
@EnableConfigurationProperties({TokenSettings.class, HeadquartersSettings.class})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/staff.css")
@StyleSheet("styles/central.css")
public class CentralScoringApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CentralScoringApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The audit trail is read by headquarters' days, as the dashboard's default period. */
    @Bean
    io.smartstore.support.audit.AuditZone auditZone(io.smartstore.central.dashboard.HeadquartersSettings headquarters) {
        return new io.smartstore.support.audit.AuditZone(headquarters.zone());
    }
}
