package io.smartstore.kiosk.ui;

import io.smartstore.protocol.wire.Identification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The first customer's personal screen comes as fast as the next ones: once the kiosk is ready, one is built from a
 * sample customer, outside any browser's page, so that its classes are loaded before the first read.
 */
@Component
class ScreensWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ScreensWarmUp.class);
    private final Spheres spheres;

    ScreensWarmUp(Spheres spheres) {
        this.spheres = spheres;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAPersonalScreenOnce() {
        long start = System.nanoTime();
        Identification sample = new Identification(UUID.randomUUID(), new Identification.CustomerSummary("warm-up", "warm-up", "en", "CONSUMER"),
                spheres.all().keySet().stream().map(sphere -> new Identification.SphereHistory(sphere, List.of(
                        new Identification.HistoryItem(LocalDate.now(), "PRODUCT", "warm-up", "ACTIVE", null)))).toList(),
                List.of(), Identification.Assurance.HIGH);
        try {
            new ReadingScreen(() -> { });
            new PersonalScreen(sample, spheres, () -> { }, () -> { }, () -> { });
            log.info("a personal screen built once in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException outsideAPage) {
            log.info("the personal screen could not be built outside a page ({}): the first read builds it", outsideAPage.toString());
        }
    }
}
