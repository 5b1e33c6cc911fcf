package io.smartstore.central;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.smartstore.support.SupportConfiguration;
import io.smartstore.support.TokenSettings;
import io.smartstore.central.dashboard.HeadquartersSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.smartstore.support.staff.signin.EnableStaffPages;

import java.time.Clock;

/** Headquarters' scoring service: every store's answers, NPS by country and segment weighted by customers. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling // the audit trail forgets what is past its retention each night
@Import({SupportConfiguration.class, io.smartstore.support.backup.BackupConfiguration.class, io.smartstore.support.webhooks.WebhookConfiguration.class,
        io.smartstore.support.apidocs.ApiDocumentation.class})
@EnableConfigurationProperties({TokenSettings.class, HeadquartersSettings.class})
@EnableStaffPages
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
