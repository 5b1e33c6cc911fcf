package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile refuses demo secrets and missing ones. */
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class ProductionProfileTest {

    private static SpringApplicationBuilder store(String... profiles) {
        return new SpringApplicationBuilder(StoreServerApplication.class).profiles(profiles);
    }

    private static String database() {
        return "--spring.datasource.url=jdbc:h2:file:./target/test-db/prod-" + UUID.randomUUID();
    }

    @Test
    void demoSecretsAreRefused() {
        assertThatThrownBy(() -> store("prod").run("--server.port=0", database(),
                "--smartstore.cards.hash-secret=demo-card-secret-not-for-production",
                "--smartstore.tokens.public-keys=k1:MCowBQYDK2VwAyEASdtRJgF9bvtDVM1f+N8kI4UK1l+BxLnrtL0q6If8nio=",
                "--smartstore.bootstrap.admin-password=admin-demo").close())
                .hasStackTraceContaining("smartstore.cards.hash-secret is the demo's value")
                .hasStackTraceContaining("smartstore.bootstrap.admin-password is the demo's value");
    }

    @Test
    void theDemoProfileBesideProductionAndMissingSecretsAreRefused() {
        assertThatThrownBy(() -> store("prod", "demo").run("--server.port=0", database()).close())
                .hasStackTraceContaining("the demo profile is active");
        assertThatThrownBy(() -> store("prod").run("--server.port=0", database()).close())
                .hasStackTraceContaining("smartstore.cards.hash-secret");
    }

    @Test
    void aSettingOutOfRangeStopsTheStartAndIsNamed() {
        assertThatThrownBy(() -> store("test").run("--server.port=0", database(), "--smartstore.misuse.max-per-minute=0").close())
                .hasStackTraceContaining("smartstore.misuse")
                .hasStackTraceContaining("maxPerMinute");
    }

    @Test
    void realSecretsStart() {
        try (var context = store("prod").run("--server.port=0", database(),
                "--smartstore.cards.hash-secret=" + UUID.randomUUID(),
                "--smartstore.tokens.public-keys=k1:MCowBQYDK2VwAyEASdtRJgF9bvtDVM1f+N8kI4UK1l+BxLnrtL0q6If8nio=",
                "--smartstore.bootstrap.admin-password=" + UUID.randomUUID())) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void thePostgresProfileWithoutAPostgresDatabaseSaysWhichKeyToSet() {
        assertThatThrownBy(() -> store("test", "postgres").run("--server.port=0").close())
                .hasStackTraceContaining("The postgres profile needs spring.datasource.url=jdbc:postgresql://");
        assertThatThrownBy(() -> store("test", "postgres").run("--server.port=0", "--spring.datasource.url=jdbc:mysql://db:3306/store").close())
                .hasStackTraceContaining("not a PostgreSQL URL");
    }
}
