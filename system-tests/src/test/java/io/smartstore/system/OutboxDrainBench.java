package io.smartstore.system;

import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./smartstore bench drain [answers]}: a kiosk whose store is unreachable fills its
 * outbox with a busy week of answers (default 10,000) through its own journey, keeps failing
 * long enough for its backoff to reach its ceiling, then the store comes back: how long until
 * the outbox is empty, and whether the store holds each answer exactly once.
 */
public final class OutboxDrainBench {

    private OutboxDrainBench() {
    }

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("system-tests/target/drain")).resolve("run-" + System.currentTimeMillis());
        Path logs = work.resolve("logs");
        Path ledger = work.resolve("ledger.txt");
        String token = "drain-kiosk-token-0123456789abcdef";
        try (AppProcess store = AppProcess.start(root, "store-server", logs, List.of(
                "spring.datasource.url=" + ChaosRun.h2(work.resolve("store")),
                "smartstore.bootstrap.admin-password=drain-admin", "smartstore.bootstrap.kiosk-token=" + token,
                "smartstore.cards.hash-secret=drain-card-secret-0123456789", "smartstore.store.id=FR-DRAIN-01",
                "smartstore.misuse.window=1ms", "smartstore.misuse.max-per-minute=100000"));
             FaultyLink link = new FaultyLink(store.awaitHealthy(Duration.ofSeconds(90)).port, Duration.ofSeconds(6))) {
            link.fault(FaultyLink.Fault.REFUSE); // the shop's network is down
            try (AppProcess kiosk = AppProcess.start(root, "kiosk-ui", logs, List.of(
                    "spring.datasource.url=" + ChaosRun.h2(work.resolve("kiosk")),
                    "smartstore.store.url=" + link.url(), "smartstore.store.token=" + token, "smartstore.relay.interval=1s",
                    "smartstore.kiosk.simulated-customers.every=1ms", "smartstore.kiosk.simulated-customers.count=" + answers,
                    "smartstore.kiosk.simulated-customers.ledger=" + ledger))) {
                kiosk.awaitHealthy(Duration.ofSeconds(90));
                Instant filling = Instant.now();
                while (!Files.exists(ledger) || Ledger.thankedSoFar(ledger) < answers) {
                    Thread.sleep(500);
                }
                System.out.printf(Locale.ROOT, "%,d answers kept offline in %d s; the kiosk keeps retrying for 2 more minutes%n",
                        answers, Duration.between(filling, Instant.now()).toSeconds());
                Thread.sleep(Duration.ofMinutes(2)); // the backoff reaches its ceiling, as after a long outage
                System.out.printf(Locale.ROOT, "outbox before: %,d waiting%n", backlog(kiosk));

                Instant back = Instant.now();
                link.fault(FaultyLink.Fault.NONE);
                Instant firstAck = null;
                long waiting;
                while ((waiting = backlog(kiosk)) > 0 && Duration.between(back, Instant.now()).toMinutes() < 15) {
                    if (firstAck == null && waiting < answers) {
                        firstAck = Instant.now();
                    }
                    Thread.sleep(200);
                }
                Instant drained = Instant.now();
                System.out.printf(Locale.ROOT, "store back → first batch acknowledged: %.1f s (the backoff's wait)%n",
                        Duration.between(back, firstAck == null ? drained : firstAck).toMillis() / 1000.0);
                System.out.printf(Locale.ROOT, "store back → outbox empty: %.1f s (%,d waiting at the end)%n",
                        Duration.between(back, drained).toMillis() / 1000.0, waiting);
            }
        }
        Ledger kept = Ledger.read(List.of(ledger));
        Map<UUID, List<Integer>> atStore = ChaosRun.answers(work.resolve("store"), "SELECT ID, SCORE FROM FEEDBACK");
        Set<UUID> thanked = new HashSet<>(kept.thanked());
        long missing = thanked.stream().filter(id -> !atStore.containsKey(id)).count();
        long doubled = atStore.values().stream().filter(scores -> scores.size() > 1).count();
        long unknown = atStore.keySet().stream().filter(id -> !kept.tapped().containsKey(id)).count();
        System.out.printf(Locale.ROOT, "answered %,d, at the store %,d, missing %d, doubled %d, unknown %d%n",
                thanked.size(), atStore.size(), missing, doubled, unknown);
        System.exit(missing == 0 && doubled == 0 && unknown == 0 ? 0 : 1);
    }

    private static long backlog(AppProcess kiosk) throws Exception {
        String health = Http.call("GET", kiosk.url() + "/actuator/health", "x", "x", null, null).body();
        return JsonMapper.shared().readTree(health).path("components").path("outbox").path("details").path("backlog").asLong(-1);
    }
}
