package io.smartstore.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The servers' systemd units are what systemd accepts, with their hardening, as an operations team installs them. */
class ServiceUnitsTest {

    private static final Path DEPLOY = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize().resolve("deploy");

    @Test
    void systemdFindsNothingToSayAboutEitherUnit() throws Exception {
        Path store = DEPLOY.resolve("store/smartstore-store.service");
        Path central = DEPLOY.resolve("central/smartstore-central.service");
        Process verify = new ProcessBuilder("systemd-analyze", "verify", store.toString(), central.toString()).redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes());
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(said).isZero();
        assertThat(said).as("no warning either").isBlank();
    }

    @Test
    void eachRunsAsItsOwnUserRestartsOnFailureAndKeepsItsSecretsOffTheCommandLine() throws Exception {
        for (String unit : new String[]{"store/smartstore-store.service", "central/smartstore-central.service"}) {
            String text = Files.readString(DEPLOY.resolve(unit));
            assertThat(text).as(unit).contains("User=smartstore", "Restart=on-failure", "NoNewPrivileges=yes", "ProtectSystem=strict",
                    "CapabilityBoundingSet=\n", "--spring.profiles.active=prod", "configtree:%d/", "LoadCredential=");
            assertThat(text).as(unit + ": no secret value in the unit").doesNotContainPattern("(?i)(password|secret|token)=\\S");
        }
    }
}
