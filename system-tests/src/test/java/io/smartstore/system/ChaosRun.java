package io.smartstore.system;

import io.smartstore.protocol.token.Ed25519Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole chain under fire: central, a store and two kiosks as real processes on H2 files,
 * simulated customers answering through the kiosks' own journey, {@code kill -9} of any of
 * them at chosen moments, each kind in turn (a kiosk right after "thank you", a kiosk on the
 * reasons screen with the score kept, the store while a kiosk's batch comes in, central while
 * the store's batch comes in, anyone at a random moment) and network
 * cuts on both hops (refused, swallowed, reset before the answer, answered too late). Then the
 * storm stops, everything drains, and every answer a person saw "thank you" for is looked for
 * at the store and at central: exactly once each, with its score.
 */
final class ChaosRun implements AutoCloseable {

    enum Kill {
        KIOSK_AFTER_THANK_YOU, KIOSK_ON_THE_REASONS_SCREEN, STORE_DURING_INGEST, CENTRAL_DURING_RELAY, ANYONE_ANY_TIME
    }

    /** What the run did and found. */
    record Report(int kills, Map<Kill, Integer> killsByKind, int cuts, int tapped, int thanked, int keptNotThanked, int atStore,
                  int atCentral, int lost, int doubled, int wrongScore, int unknown, boolean cellsMatch, Duration took) {

        boolean clean() {
            return lost == 0 && doubled == 0 && wrongScore == 0 && unknown == 0 && cellsMatch;
        }

        String summary() {
            return String.format(Locale.ROOT, "kills %d %s, cuts %d, answered (thank you) %d, kept at the tap but never thanked "
                            + "(killed on the reasons screen) %d, tapped %d, at store %d, at central %d, lost %d, doubled %d, "
                            + "wrong score %d, unknown %d, central's cells equal a recount: %s, in %d s",
                    kills, killsByKind, cuts, thanked, keptNotThanked, tapped, atStore, atCentral, lost, doubled, wrongScore,
                    unknown, cellsMatch, took.toSeconds());
        }
    }

    private static final String STORE_ID = "FR-CHAOS-01";
    private static final String STORE_TOKEN = "chaos-store-token-0123456789abcdef";
    private static final String KIOSK_TOKEN = "chaos-kiosk-token-0123456789abcdef";
    private static final String ADMIN = "chaos-admin";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path work;
    private final Random random;
    private final PrintStream out;
    private AppProcess central;
    private AppProcess store;
    private final List<AppProcess> kiosks = new ArrayList<>();
    private final List<Path> ledgers = new ArrayList<>();
    private FaultyLink toCentral;
    private FaultyLink toStore;
    private final ScheduledExecutorService mends = Executors.newSingleThreadScheduledExecutor();
    private final Map<Kill, Integer> kills = new EnumMap<>(Kill.class);
    private int cuts;

    private ChaosRun(Path work, long seed, PrintStream out) throws IOException {
        this.work = Files.createDirectories(work);
        this.random = new Random(seed);
        this.out = out;
    }

    private void start(Path root) throws Exception {
        Path logs = work.resolve("logs");
        KeyPair issuer = Ed25519Keys.generate();
        central = AppProcess.start(root, "central-scoring", logs, List.of(
                "spring.datasource.url=" + h2(work.resolve("central")),
                "smartstore.bootstrap.admin-password=" + ADMIN,
                "smartstore.bootstrap.store-id=" + STORE_ID, "smartstore.bootstrap.store-token=" + STORE_TOKEN,
                "smartstore.tokens.private-key=chaos:" + Ed25519Keys.text(issuer.getPrivate())));
        toCentral = new FaultyLink(central.port, Duration.ofSeconds(11)); // beyond the store's read timeout to central, 10 s in these runs
        store = AppProcess.start(root, "store-server", logs, List.of(
                "spring.datasource.url=" + h2(work.resolve("store")),
                "smartstore.bootstrap.admin-password=" + ADMIN, "smartstore.bootstrap.kiosk-token=" + KIOSK_TOKEN,
                "smartstore.cards.hash-secret=chaos-card-secret-0123456789",
                "smartstore.store.id=" + STORE_ID, "smartstore.store.country=FR", "smartstore.store.zone=Europe/Paris",
                "smartstore.central.url=" + toCentral.url(), "smartstore.central.token=" + STORE_TOKEN, "smartstore.central.read-timeout=10s",
                "smartstore.tokens.public-keys=chaos:" + Ed25519Keys.text(issuer.getPublic()),
                "smartstore.relay.interval=1s", "smartstore.misuse.window=1ms", "smartstore.misuse.max-per-minute=100000"));
        // central and the store start side by side (the store's relay waits for central as it would after a power cut)
        central.awaitHealthy(Duration.ofSeconds(90));
        store.awaitHealthy(Duration.ofSeconds(90));
        toStore = new FaultyLink(store.port, Duration.ofSeconds(6)); // beyond the kiosk's 5 s read timeout
        var second = Http.call("POST", store.url() + "/api/v1/admin/kiosks", "admin", ADMIN, "application/json", "{\"kioskId\":\"kiosk-2\"}");
        if (second.statusCode() != 201) {
            throw new IllegalStateException("could not enrol kiosk-2: " + second.statusCode() + " " + second.body());
        }
        List<String> tokens = List.of(KIOSK_TOKEN, JSON.readTree(second.body()).path("token").asString());
        for (int k = 0; k < tokens.size(); k++) {
            Path ledger = work.resolve("ledger-kiosk-" + (k + 1) + ".txt");
            ledgers.add(ledger);
            kiosks.add(AppProcess.start(root, "kiosk-ui", "kiosk-" + (k + 1), logs, List.of(
                    "spring.datasource.url=" + h2(work.resolve("kiosk-" + (k + 1))),
                    "smartstore.store.url=" + toStore.url(), "smartstore.store.token=" + tokens.get(k),
                    "smartstore.relay.interval=1s",
                    "smartstore.kiosk.simulated-customers.every=300ms",
                    "smartstore.kiosk.simulated-customers.reading=150ms",
                    "smartstore.kiosk.simulated-customers.ledger=" + ledger,
                    "smartstore.kiosk.answers.open-hold=15s")));
        }
        for (AppProcess kiosk : kiosks) {
            kiosk.awaitHealthy(Duration.ofSeconds(90));
        }
    }

    /** Starts the chain in {@code work}, runs {@code killCount} kills with cuts between them, drains, counts. */
    static Report run(Path root, Path work, int killCount, long seed, PrintStream out) throws Exception {
        Instant start = Instant.now();
        try (ChaosRun chaos = new ChaosRun(work, seed, out)) {
            chaos.start(root);
            for (int i = 1; i <= killCount; i++) {
                if (chaos.random.nextInt(10) < 4) {
                    chaos.cut();
                }
                Kill kind = chaos.killOne();
                if (i % 10 == 0 || killCount <= 20) {
                    out.printf(Locale.ROOT, "kill %d/%d: %s (cuts so far %d)%n", i, killCount, kind, chaos.cuts);
                }
            }
            chaos.drain();
            return chaos.count(Duration.between(start, Instant.now()));
        }
    }

    private Kill killOne() throws Exception {
        Kill kind = Kill.values()[kills.values().stream().mapToInt(Integer::intValue).sum() % Kill.values().length]; // each kind in turn
        switch (kind) {
            case KIOSK_AFTER_THANK_YOU, KIOSK_ON_THE_REASONS_SCREEN -> {
                int k = random.nextInt(kiosks.size());
                // "kept": the score is committed, the reasons not chosen yet (the customer reads for 150 ms)
                awaitLedgerLine(ledgers.get(k), kind == Kill.KIOSK_AFTER_THANK_YOU ? "thanked " : "kept ", Duration.ofSeconds(20));
                kiosks.get(k).kill();
                kiosks.get(k).restart().awaitHealthy(Duration.ofSeconds(90));
            }
            case STORE_DURING_INGEST -> killDuring(toStore, "POST /api/v1/feedback", store);
            case CENTRAL_DURING_RELAY -> killDuring(toCentral, "POST /api/v1/responses", central);
            case ANYONE_ANY_TIME -> {
                List<AppProcess> everyone = new ArrayList<>(kiosks);
                everyone.add(store);
                everyone.add(central);
                AppProcess victim = everyone.get(random.nextInt(everyone.size()));
                Thread.sleep(random.nextInt(2000));
                victim.kill();
                victim.restart().awaitHealthy(Duration.ofSeconds(90));
            }
        }
        kills.merge(kind, 1, Integer::sum);
        return kind;
    }

    /** Kills {@code victim} a moment (0–30 ms) after a request it serves comes through the link — while it works on it. */
    private void killDuring(FaultyLink link, String request, AppProcess victim) throws Exception {
        CountDownLatch passing = new CountDownLatch(1);
        link.onRequest(line -> {
            if (line.startsWith(request)) {
                passing.countDown();
            }
        });
        passing.await(20, TimeUnit.SECONDS); // when nothing comes (a cut), it dies at a random moment anyway
        link.onRequest(line -> { });
        Thread.sleep(random.nextInt(30));
        victim.kill();
        victim.restart().awaitHealthy(Duration.ofSeconds(90));
    }

    /** A network cut on one hop for 1–5 s, mended in the background while the kills go on. */
    private void cut() {
        FaultyLink link = random.nextBoolean() ? toStore : toCentral;
        FaultyLink.Fault[] faults = FaultyLink.Fault.values();
        link.fault(faults[1 + random.nextInt(faults.length - 1)]);
        mends.schedule(() -> link.fault(FaultyLink.Fault.NONE), 1000 + random.nextInt(4000), TimeUnit.MILLISECONDS);
        cuts++;
    }

    /** Waits until the kiosk writes a new ledger line starting with {@code step}. */
    private static void awaitLedgerLine(Path ledger, String step, Duration timeout) throws IOException, InterruptedException {
        long seen = Files.size(ledger);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long size = Files.size(ledger);
            if (size > seen) {
                try (RandomAccessFile file = new RandomAccessFile(ledger.toFile(), "r")) {
                    file.seek(seen);
                    byte[] added = new byte[(int) (size - seen)];
                    file.readFully(added);
                    if (new String(added, StandardCharsets.US_ASCII).contains(step)) {
                        return;
                    }
                }
                seen = size;
            }
            Thread.sleep(2);
        }
    }

    /** The storm ends: links mended, kiosks restarted without customers, until every outbox is empty. */
    private void drain() throws Exception {
        mends.shutdownNow();
        toStore.fault(FaultyLink.Fault.NONE);
        toCentral.fault(FaultyLink.Fault.NONE);
        for (AppProcess kiosk : kiosks) {
            kiosk.kill();
            kiosk.property("smartstore.kiosk.simulated-customers.every=");
            kiosk.restart();
        }
        for (AppProcess kiosk : kiosks) {
            kiosk.awaitHealthy(Duration.ofSeconds(90));
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            long waiting = 0;
            for (AppProcess kiosk : kiosks) {
                waiting += backlog(Http.call("GET", kiosk.url() + "/actuator/health", "x", "x", null, null).body(), "outbox");
            }
            waiting += backlog(Http.call("GET", store.url() + "/actuator/health", "admin", ADMIN, null, null).body(), "central");
            if (waiting == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        out.println("the outboxes did not drain within 5 minutes");
    }

    private static long backlog(String health, String component) {
        JsonNode details = JSON.readTree(health).path("components").path(component).path("details");
        return details.has("backlog") ? details.path("backlog").asLong() : Long.MAX_VALUE / 8;
    }

    private Report count(Duration took) throws Exception {
        Ledger ledger = Ledger.read(ledgers);
        Map<UUID, Integer> tapped = ledger.tapped();
        java.util.Set<UUID> thanked = new java.util.HashSet<>(ledger.thanked());
        java.util.Set<UUID> mustArrive = new java.util.HashSet<>(ledger.kept()); // committed at the kiosk: thank you or not
        mustArrive.addAll(thanked);
        for (AppProcess app : allProcesses()) {
            app.close();
        }
        Map<UUID, List<Integer>> atStore = answers(work.resolve("store"), "SELECT ID, SCORE FROM FEEDBACK");
        Map<UUID, List<Integer>> atCentral = answers(work.resolve("central"), "SELECT ID, SCORE FROM RESPONSE");
        int lost = 0;
        int doubled = 0;
        int wrongScore = 0;
        int unknown = 0;
        for (Map<UUID, List<Integer>> place : List.of(atStore, atCentral)) {
            for (UUID id : mustArrive) {
                lost += place.containsKey(id) ? 0 : 1;
            }
            for (var entry : place.entrySet()) {
                if (!tapped.containsKey(entry.getKey())) {
                    unknown++; // nobody answered this
                    continue;
                }
                doubled += entry.getValue().size() > 1 ? 1 : 0;
                wrongScore += entry.getValue().stream().anyMatch(score -> !score.equals(tapped.get(entry.getKey()))) ? 1 : 0;
            }
        }
        for (UUID id : atStore.keySet()) { // what the store has (even tapped but never confirmed kept), central has too
            if (!mustArrive.contains(id) && !atCentral.containsKey(id)) {
                lost++;
            }
        }
        int keptNotThanked = (int) mustArrive.stream().filter(id -> !thanked.contains(id)).count();
        return new Report(kills.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(kills), cuts, tapped.size(),
                thanked.size(), keptNotThanked, atStore.size(), atCentral.size(), lost, doubled, wrongScore, unknown,
                centralCellsMatch(work.resolve("central")), took);
    }

    static Map<UUID, List<Integer>> answers(Path database, String query) throws SQLException {
        Map<UUID, List<Integer>> found = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(h2(database), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return found;
    }

    /** Central's cells hold exactly its counted answers, score by score. */
    private static boolean centralCellsMatch(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(h2(database), "sa", "")) {
            long[] recount = new long[11];
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT SCORE, COUNT(*) FROM RESPONSE WHERE COUNTED AND NOT MISUSE GROUP BY SCORE")) {
                while (rows.next()) {
                    recount[rows.getInt(1)] = rows.getLong(2);
                }
            }
            try (ResultSet cells = connection.createStatement().executeQuery("SELECT SUM(S0), SUM(S1), SUM(S2), SUM(S3), SUM(S4), SUM(S5), "
                    + "SUM(S6), SUM(S7), SUM(S8), SUM(S9), SUM(S10) FROM SCORE_CELL")) {
                cells.next();
                for (int score = 0; score <= 10; score++) {
                    if (cells.getLong(score + 1) != recount[score]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static String h2(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private List<AppProcess> allProcesses() {
        List<AppProcess> all = new ArrayList<>(kiosks);
        if (store != null) {
            all.add(store);
        }
        if (central != null) {
            all.add(central);
        }
        return all;
    }

    @Override
    public void close() throws Exception {
        mends.shutdownNow();
        for (AppProcess app : allProcesses()) {
            app.close();
        }
        for (FaultyLink link : new FaultyLink[] {toStore, toCentral}) {
            if (link != null) {
                link.close();
            }
        }
    }
}
