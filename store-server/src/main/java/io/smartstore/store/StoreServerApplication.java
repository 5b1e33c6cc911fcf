package io.smartstore.store;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.smartstore.support.SupportConfiguration;
import io.smartstore.support.TokenSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.smartstore.support.staff.signin.EnableStaffPages;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The shop's server: recognises customers for its kiosks, takes their feedback, scores the day, forwards to central. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({SupportConfiguration.class, io.smartstore.support.backup.BackupConfiguration.class, io.smartstore.support.webhooks.WebhookConfiguration.class,
        io.smartstore.support.apidocs.ApiDocumentation.class})
@EnableConfigurationProperties(TokenSettings.class)
@EnableStaffPages
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

    /** The audit trail is read by the store's own days, as every other page of the store. */
    @Bean
    io.smartstore.support.audit.AuditZone auditZone(StoreSettings settings) {
        return new io.smartstore.support.audit.AuditZone(settings.store().zone());
    }
}
