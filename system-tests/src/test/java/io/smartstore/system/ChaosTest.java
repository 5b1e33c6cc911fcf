package io.smartstore.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short chaos run of the default suite (the long one: {@code ./smartstore chaos}): ten
 * {@code kill -9}s of kiosks, the store and central at their worst moments, with network cuts,
 * and not one answer that reached "thank you" — or whose score was kept before the kiosk died on
 * the reasons screen — lost or counted twice, at the store or at central.
 */
class ChaosTest {

    private static final Path ROOT = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize();

    @Test
    void tenKillsAndSomeCutsLoseNothingAndDoubleNothing() throws Exception {
        Path work = Files.createDirectories(ROOT.resolve("system-tests/target/chaos")).resolve("test-" + System.nanoTime());
        ChaosRun.Report report = ChaosRun.run(ROOT, work, 10, 20261127L, System.out);
        System.out.println(report.summary());

        assertThat(report.kills()).isEqualTo(10);
        assertThat(report.thanked()).as("answers that reached thank you").isGreaterThan(20);
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.doubled()).as("doubled").isZero();
        assertThat(report.wrongScore()).as("with another score").isZero();
        assertThat(report.unknown()).as("answers nobody gave").isZero();
        // a kiosk killed on the reasons screen (the customer reads for 150 ms): its kept score arrives all the same (else "lost")
        assertThat(report.killsByKind().getOrDefault(ChaosRun.Kill.KIOSK_ON_THE_REASONS_SCREEN, 0)).as("this seed kills on the reasons screen").isPositive();
        assertThat(report.keptNotThanked()).as("scores kept, never thanked, delivered").isPositive();
        assertThat(report.atCentral()).as("central has what the store has").isEqualTo(report.atStore());
        assertThat(report.cellsMatch()).as("central's cells equal a recount of its answers").isTrue();
    }
}
