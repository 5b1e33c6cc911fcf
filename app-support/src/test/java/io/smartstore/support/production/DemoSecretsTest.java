package io.smartstore.support.production;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every secret the demo's configuration holds is known to production by its fingerprint; nothing else is. */
class DemoSecretsTest {

    private static final List<String> SECRET_WORDS = List.of("password", "token", "secret", "private-key", "public-keys", "service-pin");

    @Test
    void everyDemoSecretKeyAndPasswordIsRefusable() throws IOException {
        DemoSecrets demo = DemoSecrets.load();
        List<String> secrets = new ArrayList<>();
        for (String app : List.of("store-server", "central-scoring", "kiosk-ui")) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("..", "demo", app, "application-demo.properties"))) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream().filter(key -> SECRET_WORDS.stream().anyMatch(key::contains))
                    .forEach(key -> secrets.add(properties.getProperty(key)));
        }
        assertThat(secrets).hasSizeGreaterThan(8).allSatisfy(secret -> assertThat(demo.isDemoValue(secret)).as(secret).isTrue());
    }

    @Test
    void aListWithOneDemoEntryIsTheDemosAndAnOwnSecretIsNot() {
        DemoSecrets demo = DemoSecrets.load();
        assertThat(demo.isDemoValue("k1:own-key, demo1:MCowBQYDK2VwAyEASdtRJgF9bvtDVM1f+N8kI4UK1l+BxLnrtL0q6If8nio=")).isTrue();
        assertThat(demo.isDemoValue("a-secret-of-the-operator")).isFalse();
        assertThat(demo.isDemoValue("")).isFalse();
        assertThat(demo.isDemoValue(null)).isFalse();
    }

    @Test
    void onlyPlainHttpToAnotherMachineIsAPlainHop() {
        assertThat(ProductionGuard.plainHttpToAnotherMachine("http://central.example:8082")).isTrue();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("HTTP://10.0.0.5")).isTrue();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("http://localhost:8082")).isFalse();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("http://127.0.0.1:8081")).isFalse();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("http://[::1]:8081")).isFalse();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("https://central.example")).isFalse();
        assertThat(ProductionGuard.plainHttpToAnotherMachine("")).isFalse();
    }
}
