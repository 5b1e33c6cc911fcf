package io.smartstore.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.smartstore.support.SupportConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * The kiosk: reader events arrive on driver threads and reach the screen through server
 * push; answers go to a local outbox before the customer sees "thank you".
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(SupportConfiguration.class)
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kiosk.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // jSerialComm unpacks its native library per application id: keep ours apart from other apps on the PC
        if (System.getProperty("fazecast.jSerialComm.appid") == null) {
            System.setProperty("fazecast.jSerialComm.appid", "smartstore-kiosk");
        }
        SpringApplication.run(KioskApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
