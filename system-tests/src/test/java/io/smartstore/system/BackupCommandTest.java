package io.smartstore.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./smartstore backup} and {@code restore} on a packaged store: an online backup of the running server,
 * refused restore while it runs, then the copy brought back; the store tells its kiosk it was restored and keeps
 * what the kiosk sends again once.
 */
class BackupCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String KIOSK_TOKEN = "backup-kiosk-token-0123456789";

    @Test
    void aShopsServerIsBackedUpWhileItRunsAndRestoredWithNothingLostOrDoubled(@TempDir Path work) throws Exception {
        Path database = work.resolve("store");
        try (AppProcess store = AppProcess.start(ROOT, "store-server", work.resolve("logs"), List.of(
                "spring.datasource.url=" + ChaosRun.h2(database), "smartstore.bootstrap.admin-password=backup-admin",
                "smartstore.bootstrap.kiosk-token=" + KIOSK_TOKEN, "smartstore.cards.hash-secret=backup-card-secret-0123456789",
                "smartstore.misuse.window=1ms", "smartstore.misuse.max-per-minute=100000"))) {
            store.awaitHealthy(Duration.ofSeconds(90));
            List<UUID> before = send(store, 3);
            // a kiosk keeps answering while the backup is taken
            List<UUID> during = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean flowing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread kiosk = Thread.ofVirtual().start(() -> {
                while (flowing.get()) {
                    try {
                        during.addAll(send(store, 1));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            Instant asked = Instant.now();
            Command backup = smartstore(store, "backup", "store", work.resolve("backups").toString());
            flowing.set(false);
            kiosk.join();
            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(during).as("answers arrived while the backup was taken").isNotEmpty();
            Path zip = Path.of(backup.output().strip().lines().reduce((first, last) -> last).orElseThrow());
            assertThat(zip).exists().hasExtension("zip");
            List<UUID> after = send(store, 2);

            Command tooEarly = smartstore(store, "restore", "store", zip.toString(), database.toString());
            assertThat(tooEarly.exit()).isNotZero();
            assertThat(tooEarly.output()).contains("stop it first");

            store.close();
            Command restore = smartstore(store, "restore", "store", zip.toString(), database.toString());
            assertThat(restore.exit()).as(restore.output()).isZero();
            try (Stream<Path> kept = Files.list(work)) {
                assertThat(kept.map(Path::getFileName).map(Path::toString)).anyMatch(name -> name.startsWith("store.mv.db.before-restore-"));
            }

            store.restart().awaitHealthy(Duration.ofSeconds(90));
            JsonNode receipt = JSON.readTree(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, batch(before)).body());
            assertThat(Instant.parse(receipt.path("restoredFrom").asString())).as("the store says it was restored, and from when")
                    .isBetween(asked.minusSeconds(1), Instant.now());
            assertThat(receipt.path("duplicates").size()).as("everything acknowledged before the backup is in it").isEqualTo(before.size());

            // the kiosk sends again what it had sent since (its outbox does: OutboxRelayTest): each answer kept once
            List<UUID> again = new ArrayList<>(during);
            again.addAll(after);
            JsonNode resent = JSON.readTree(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, batch(again)).body());
            assertThat(resent.path("accepted").size() + resent.path("duplicates").size()).isEqualTo(again.size());
            assertThat(resent.path("accepted").size()).as("what came after the backup was lost with it, and is back")
                    .isGreaterThanOrEqualTo(after.size());
            JsonNode day = JSON.readTree(Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")),
                    "admin", "backup-admin", null, null).body());
            assertThat(day.path("responses").asInt() + day.path("excludedAsMisuse").asInt()).as("nothing lost, nothing doubled: " + day).isEqualTo(before.size() + during.size() + after.size());
        }
    }

    private static List<UUID> send(AppProcess store, int answers) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            ids.add(UUID.randomUUID());
        }
        assertThat(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, batch(ids)).statusCode()).isEqualTo(200);
        return ids;
    }

    private static String batch(List<UUID> ids) {
        return "{\"responses\":[" + String.join(",", ids.stream().map(id -> "{\"id\":\"" + id + "\",\"score\":9,\"answeredAt\":\""
                + Instant.now() + "\"}").toList()) + "]}";
    }

    private static Command smartstore(AppProcess store, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("smartstore").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("SMARTSTORE_URL", store.url());
        builder.environment().put("SMARTSTORE_ADMIN_PASSWORD", "backup-admin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Command(process.exitValue(), output);
    }

    private record Command(int exit, String output) {
    }
}
