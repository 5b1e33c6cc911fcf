package io.smartstore.central.backup;

import io.smartstore.central.Api;
import io.smartstore.central.CentralScoringApplication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headquarters on PostgreSQL: {@code ./smartstore backup central} runs pg_dump with the backup's mark around it while
 * a store keeps sending, {@code ./smartstore restore central} runs pg_restore once central is stopped; the restored
 * central tells the store so, and keeps what the store sends again once. Runs in the PostgreSQL pass of the tests
 * ({@code ./smartstore test} starts the server); on H2 the backup is the app's own (BackupRestoreTest).
 */
class PostgresBackupCommandTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String ANSWERS_DAY = "2026-11-20"; // BackupRestoreTest.batch's

    @Test
    void centralOnPostgresqlIsBackedUpWithPgDumpWhileAStoreSendsAndRestoredWithNothingLostOrDoubled(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(!System.getProperty("smartstore.test.postgres", "").isBlank(), "on PostgreSQL: ./smartstore test starts a server");
        String[] arguments = {"--server.port=0", "--spring.datasource.url=jdbc:h2:file:./target/test-db/pg-backup-" + UUID.randomUUID()};
        ConfigurableApplicationContext central = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").run(arguments);
        String jdbc = central.getEnvironment().getProperty("spring.datasource.url");
        assertThat(jdbc).startsWith("jdbc:postgresql://");
        String database = "postgresql://smartstore@" + jdbc.substring("jdbc:postgresql://".length());
        Api api = new Api(port(central));
        List<UUID> before = BackupRestoreTest.send(api, 3);
        List<UUID> during = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean flowing = new AtomicBoolean(true);
        Thread store = Thread.ofVirtual().start(() -> {
            while (flowing.get()) {
                during.addAll(BackupRestoreTest.send(api, 1));
            }
        });
        Instant asked = Instant.now();
        Command backup = smartstore(database, port(central), "backup", "central", work.resolve("backups").toString());
        flowing.set(false);
        store.join();
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(during).as("answers arrived while the backup was taken").isNotEmpty();
        Path dump = Path.of(backup.output().strip().lines().reduce((first, last) -> last).orElseThrow());
        assertThat(dump).exists().hasExtension("dump");
        List<UUID> after = BackupRestoreTest.send(api, 2);

        int stoppedAt = port(central);
        central.close();
        Command restore = smartstore(database, stoppedAt, "restore", "central", dump.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(CentralScoringApplication.class).profiles("test").run(arguments)) {
            Api again = new Api(port(restored));
            JsonNode receipt = json(again.asStore("POST", "/api/v1/responses", "application/json", BackupRestoreTest.batch(before)));
            assertThat(Instant.parse(receipt.path("restoredFrom").asString())).as("central says it was restored, and from when")
                    .isBetween(asked.minusSeconds(1), Instant.now());
            assertThat(receipt.path("duplicates").size()).as("everything acknowledged before the backup is in it").isEqualTo(before.size());
            List<UUID> sentAgain = new ArrayList<>(during);
            sentAgain.addAll(after);
            JsonNode resent = json(again.asStore("POST", "/api/v1/responses", "application/json", BackupRestoreTest.batch(sentAgain)));
            assertThat(resent.path("accepted").size() + resent.path("duplicates").size()).isEqualTo(sentAgain.size());
            assertThat(resent.path("accepted").size()).as("what came after the backup was lost with it, and is back").isGreaterThanOrEqualTo(after.size());
            JsonNode ranking = json(again.asStaff("admin", "admin-test", "GET", "/api/v1/stores/ranking?from=" + ANSWERS_DAY + "&to=" + ANSWERS_DAY, null, null));
            List<JsonNode> stores = new ArrayList<>();
            ranking.path("ranked").forEach(stores::add);
            ranking.path("indicative").forEach(stores::add); // fewer than 30 answers: shown, not ranked
            assertThat(stores).hasSize(1);
            assertThat(stores.getFirst().path("responses").asInt()).as("nothing lost, nothing doubled: " + ranking)
                    .isEqualTo(before.size() + during.size() + after.size());
        }
    }

    private static int port(ConfigurableApplicationContext central) {
        return ((WebServerApplicationContext) central).getWebServer().getPort();
    }

    private static Command smartstore(String database, int port, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("smartstore").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("SMARTSTORE_DATABASE_URL", database);
        builder.environment().put("SMARTSTORE_URL", "http://localhost:" + port);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Command(process.exitValue(), output);
    }

    private record Command(int exit, String output) {
    }
}
