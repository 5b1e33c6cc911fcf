package io.smartstore.central.demo;

import io.smartstore.central.customerbase.CustomerBase;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/** The demo's customer base for France, so that the weighted NPS has its weights from the first answer. */
@Component
@Profile("demo")
class DemoCustomerBase implements ApplicationRunner {

    private final CustomerBase customerBase;

    DemoCustomerBase(CustomerBase customerBase) {
        this.customerBase = customerBase;
    }

    @Override
    public void run(ApplicationArguments args) {
        customerBase.replace("FR", LocalDate.of(2026, 11, 1), Map.of("CONSUMER", 800_000L, "PRO", 200_000L));
    }
}
