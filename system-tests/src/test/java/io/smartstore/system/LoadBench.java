package io.smartstore.system;

import io.smartstore.benchmarks.Percentiles;
import io.smartstore.protocol.token.Ed25519Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./smartstore load [minutes]}: a store-server process under 50 kiosks (real kiosk
 * tokens: a customer recognised by card, a ticket for one in three, an answer, the session)
 * and 20 advisers (the queue polled, the next one called and finished), then central under 500
 * stores sending batches; per endpoint throughput and p50/p95/p99, errors (any 5xx, failed
 * call, or refusal other than "nobody is waiting"), and the server's CPU and memory.
 */
public final class LoadBench {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("system-tests/target/load")).resolve("run-" + System.currentTimeMillis());
        Path logs = work.resolve("logs");
        KeyPair issuer = Ed25519Keys.generate();
        try (AppProcess central = AppProcess.start(root, "central-scoring", logs, List.of(
                "spring.datasource.url=" + ChaosRun.h2(work.resolve("central")), "smartstore.bootstrap.admin-password=load-admin-pw",
                "smartstore.tokens.private-key=load:" + Ed25519Keys.text(issuer.getPrivate())));
             AppProcess store = AppProcess.start(root, "store-server", logs, List.of(
                     "spring.datasource.url=" + ChaosRun.h2(work.resolve("store")), "smartstore.bootstrap.admin-password=load-admin-pw",
                     "smartstore.cards.hash-secret=load-card-secret-0123456789", "smartstore.store.id=FR-LOAD-01",
                     "smartstore.tokens.public-keys=load:" + Ed25519Keys.text(issuer.getPublic())))) {
            central.awaitHealthy(Duration.ofSeconds(120));
            store.awaitHealthy(Duration.ofSeconds(120));
            Duration run = Duration.ofMillis((long) (minutes * 60_000));
            new LoadBench().storeUnderLoad(store, run);
            new LoadBench().centralUnderLoad(central, run);
        }
        System.exit(0);
    }

    private void storeUnderLoad(AppProcess store, Duration run) throws Exception {
        String admin = basic("admin", "load-admin-pw");
        List<String> cards = new ArrayList<>();
        StringBuilder customers = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String card = luhn("628000" + "%09d".formatted(i));
            cards.add(card);
            customers.append("{\"ref\":\"L-%d\",\"firstName\":\"Client %d\",\"language\":\"fr\",\"segment\":\"%s\",\"cards\":[\"%s\"]}\n"
                    .formatted(i, i, i % 4 == 0 ? "PRO" : "CONSUMER", card));
        }
        check(send("POST", store.url() + "/api/v1/admin/customers", admin, "application/x-ndjson", customers.toString()), 200);
        List<String> kiosks = new ArrayList<>();
        for (int k = 1; k <= 50; k++) {
            HttpResponse<String> enrolled = send("POST", store.url() + "/api/v1/admin/kiosks", admin, "application/json",
                    "{\"kioskId\":\"load-kiosk-%d\"}".formatted(k));
            kiosks.add("Bearer " + JSON.readTree(check(enrolled, 201).body()).path("token").asString());
        }
        List<String> advisers = new ArrayList<>();
        for (int a = 1; a <= 20; a++) {
            check(send("POST", store.url() + "/api/v1/staff", admin, "application/json",
                    "{\"username\":\"adviser%d\",\"password\":\"adviser-load-pw\",\"roles\":[\"ADVISER\"],\"displayName\":\"Adviser %d\"}"
                            .formatted(a, a)), 201);
            advisers.add(basic("adviser" + a, "adviser-load-pw"));
        }
        System.out.printf(Locale.ROOT, "== store-server: 50 kiosks, 20 advisers, %d s (2,000 customers imported)%n", run.toSeconds());
        Instant end = Instant.now().plus(run);
        Sampler sampler = new Sampler(store.pid());
        List<Thread> threads = new ArrayList<>();
        for (String kiosk : kiosks) {
            threads.add(Thread.ofVirtual().start(() -> kiosk(store.url(), kiosk, cards, end)));
        }
        for (int a = 0; a < advisers.size(); a++) {
            String adviser = advisers.get(a);
            String desk = Integer.toString(a + 1);
            threads.add(Thread.ofVirtual().start(() -> adviser(store.url(), adviser, desk, end)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(run, sampler.stop());
    }

    private void kiosk(String store, String token, List<String> cards, Instant end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> identified = timed("POST /api/v1/identifications", "POST", store + "/api/v1/identifications", token,
                        "{\"method\":\"CARD\",\"credential\":\"%s\"}".formatted(cards.get(random.nextInt(cards.size()))), 200);
                String visit = identified == null ? null : JSON.readTree(identified.body()).path("visitId").asString();
                timed("POST /api/v1/sessions", "POST", store + "/api/v1/sessions", token,
                        "{\"session\":\"%s\",\"recognised\":true}".formatted(UUID.randomUUID()), 204);
                if (random.nextInt(3) == 0) {
                    timed("POST /api/v1/queue", "POST", store + "/api/v1/queue", token,
                            "{\"visitId\":\"%s\",\"sphere\":\"%s\"}".formatted(visit, List.of("HOME", "WORK", "MOBILE").get(random.nextInt(3))), 201);
                }
                timed("POST /api/v1/feedback", "POST", store + "/api/v1/feedback", token,
                        "{\"responses\":[{\"id\":\"%s\",\"visitId\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"}]}"
                                .formatted(UUID.randomUUID(), visit, random.nextInt(11), Instant.now()), 200);
                Thread.sleep(1000 + random.nextInt(2000)); // the next customer walks up
            } catch (InterruptedException | IOException e) {
                errors.computeIfAbsent("kiosk: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    private void adviser(String store, String adviser, String desk, Instant end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (Instant.now().isBefore(end)) {
            try {
                timed("GET /api/v1/queue", "GET", store + "/api/v1/queue", adviser, null, 200);
                HttpResponse<String> called = timed("POST /api/v1/queue/next", "POST", store + "/api/v1/queue/next", adviser,
                        "{\"desk\":\"%s\"}".formatted(desk), 200, 404);
                if (called != null && called.statusCode() == 200) {
                    String ticket = JSON.readTree(called.body()).path("ticket").asString();
                    Thread.sleep(500 + random.nextInt(1500));
                    timed("POST /api/v1/queue/{ticket}/finish", "POST", store + "/api/v1/queue/" + ticket + "/finish", adviser,
                            "{\"outcome\":\"RESOLVED\"}", 200);
                }
                Thread.sleep(2000); // the floor screen polls every 2 s
            } catch (InterruptedException | IOException e) {
                errors.computeIfAbsent("adviser: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    private void centralUnderLoad(AppProcess central, Duration run) throws Exception {
        String admin = basic("admin", "load-admin-pw");
        List<String[]> stores = new ArrayList<>();
        for (int s = 1; s <= 500; s++) {
            String id = "FR-LOAD-%03d".formatted(s);
            HttpResponse<String> provisioned = send("POST", central.url() + "/api/v1/stores", admin, "application/json",
                    "{\"storeId\":\"%s\",\"country\":\"FR\",\"zone\":\"Europe/Paris\"}".formatted(id));
            stores.add(new String[] {id, "Bearer " + JSON.readTree(check(provisioned, 201).body()).path("token").asString()});
        }
        System.out.printf(Locale.ROOT, "== central-scoring: 500 stores, a batch of 20 answers each every 10 s, %d s%n", run.toSeconds());
        Instant end = Instant.now().plus(run);
        Sampler sampler = new Sampler(central.pid());
        List<Thread> threads = new ArrayList<>();
        for (String[] store : stores) {
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    Thread.sleep(random.nextInt(10_000)); // stores do not all send at the same second
                    while (Instant.now().isBefore(end)) {
                        List<String> answers = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            Instant at = Instant.now();
                            answers.add("{\"id\":\"%s\",\"segment\":\"%s\",\"sphere\":\"HOME\",\"score\":%d,\"answeredAt\":\"%s\",\"localDate\":\"%s\",\"recognised\":true}"
                                    .formatted(UUID.randomUUID(), random.nextBoolean() ? "CONSUMER" : "PRO", random.nextInt(11), at,
                                            LocalDate.ofInstant(at, PARIS)));
                        }
                        timed("POST /api/v1/responses (20 answers)", "POST", central.url() + "/api/v1/responses", store[1],
                                "{\"storeId\":\"%s\",\"country\":\"FR\",\"responses\":[%s]}".formatted(store[0], String.join(",", answers)), 200);
                        Thread.sleep(10_000);
                    }
                } catch (InterruptedException | IOException e) {
                    errors.computeIfAbsent("store: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(run, sampler.stop());
    }

    private HttpResponse<String> timed(String name, String method, String url, String authorization, String body, int... expected)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = send(method, url, authorization, "application/json", body);
        } catch (IOException e) {
            errors.computeIfAbsent(name + ": " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            return null;
        }
        latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1e6);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        errors.computeIfAbsent(name + ": " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
        return null;
    }

    private void report(Duration run, Sampler.Usage usage) {
        System.out.printf(Locale.ROOT, "%-40s %9s %8s %8s %8s %8s%n", "endpoint", "requests", "per s", "p50 ms", "p95 ms", "p99 ms");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Double> samples = entry.getValue();
            System.out.printf(Locale.ROOT, "%-40s %,9d %8.1f %8.1f %8.1f %8.1f%n", entry.getKey(), samples.size(),
                    samples.size() / (double) run.toSeconds(), Percentiles.of(samples, 50), Percentiles.of(samples, 95), Percentiles.of(samples, 99));
        });
        long total = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "errors: %d %s%n", total, total == 0 ? "" : errors);
        System.out.printf(Locale.ROOT, "server: CPU %.2f cores on average (of 2), RSS %d MB at most%n", usage.cores(), usage.maxRssMegabytes());
    }

    private static HttpResponse<String> send(String method, String url, String authorization, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A card number with its Luhn check digit. */
    private static String luhn(String digits) {
        return digits + io.smartstore.devices.card.Luhn.checkDigit(digits);
    }

    /** The server's CPU time and resident memory, from /proc, sampled every second. */
    private static final class Sampler {
        record Usage(double cores, long maxRssMegabytes) {
        }

        private final long pid;
        private final long startTicks;
        private final long startNanos = System.nanoTime();
        private final AtomicLong maxRss = new AtomicLong();
        private final Thread sampling;

        Sampler(long pid) throws IOException {
            this.pid = pid;
            this.startTicks = cpuTicks();
            this.sampling = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        maxRss.accumulateAndGet(rssKb(), Math::max);
                        Thread.sleep(1000);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }

        Usage stop() throws IOException {
            sampling.interrupt();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return new Usage((cpuTicks() - startTicks) / 100.0 / seconds, maxRss.get() / 1024);
        }

        private long cpuTicks() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        }

        private long rssKb() throws IOException {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
        }
    }
}
