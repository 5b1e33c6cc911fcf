package io.smartstore.kiosk.readers;

import io.smartstore.devices.card.CardReader;
import io.smartstore.devices.card.MagneticStripeReader;
import io.smartstore.devices.fake.FakeCardReader;
import io.smartstore.devices.serial.SerialSettings;
import io.smartstore.kiosk.KioskSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Duration;

/** Which card reader this kiosk has: the serial one configured, or the demo's fake. */
@Configuration
class ReaderConfiguration {

    @Bean
    @Profile("!demo")
    @ConditionalOnExpression("!'${smartstore.kiosk.card-reader.port:}'.isBlank()")
    CardReader serialCardReader(KioskSettings settings) {
        KioskSettings.Reader reader = settings.kiosk().cardReader();
        return new MagneticStripeReader(SerialSettings.of(reader.port(), reader.baud()), Duration.ofSeconds(1));
    }

    @Bean
    @Profile("demo")
    FakeCardReader demoCardReader() {
        return new FakeCardReader();
    }
}
