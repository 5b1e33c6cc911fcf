package io.smartstore.benchmarks;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Central at headquarters' scale, on its H2 file: (1) ingest through the API in batches of 500
 * from 8 stores at once; (2) N answers (default 10 million) over 2,000 stores, 25 countries,
 * 4 segments and 365 days, loaded as the score cells central's ingest would have made (and, for
 * the baseline, as raw rows into DuckDB); then the latency of {@code /scores}, {@code /leadership},
 * {@code /stores/ranking} and {@code /scores/trend} over the year next to DuckDB's full scan for
 * the same weighted NPS, and central's memory. Run: {@code ./smartstore bench central [answers]}.
 */
public final class CentralScaleBench {

    static final int STORES = 2000;
    static final int COUNTRIES = 25;
    static final List<String> SEGMENTS = List.of("CONSUMER", "PRO", "SMB", "PUBLIC");
    static final List<String> SPHERES = List.of("HOME", "WORK", "WELLBEING", "MOBILE");
    static final LocalDate FIRST = LocalDate.of(2025, 11, 27);
    static final String ADMIN = "bench-admin-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        long answers = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("central-scale");
        String database = "jdbc:h2:file:" + work.resolve("central") + ";WRITE_DELAY=0";
        int port = 18_000 + new Random().nextInt(1000);

        String postgres = System.getProperty("smartstore.bench.postgres", "");
        if (!postgres.isBlank()) { // the same ingest on PostgreSQL, when ./smartstore started a server
            try (Connection admin = DriverManager.getConnection(postgres + "postgres", "smartstore", ""); Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE central_bench");
            }
            Process onPostgres = start(root, work, postgres + "central_bench", port, "--spring.profiles.active=postgres",
                    "--spring.datasource.username=smartstore", "--spring.datasource.password=");
            try {
                ingestRate(port, "PostgreSQL");
            } finally {
                stop(onPostgres);
            }
        }
        Process central = start(root, work, database, port); // creates the schema
        try {
            ingestRate(port, "H2");
        } finally {
            stop(central);
        }
        long loading = System.nanoTime();
        long cells = load(database, work.resolve("raw.duckdb"), answers);
        System.out.printf(Locale.ROOT, "Loaded %,d answers as %,d cells (and raw into DuckDB) in %.0f s%n", answers, cells,
                (System.nanoTime() - loading) / 1e9);

        central = start(root, work, database, port);
        try {
            for (int c = 0; c < COUNTRIES; c++) {
                call(port, "PUT", "/api/v1/customer-base/" + country(c), "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":%d,\"PRO\":%d,\"SMB\":%d,\"PUBLIC\":%d}}"
                        .formatted(500_000 + 10_000 * c, 120_000 + 1_000 * c, 60_000, 20_000));
                call(port, "PUT", "/api/v1/benchmarks/" + country(c),
                        "{\"period\":\"2026-Q4\",\"segments\":{\"CONSUMER\":{\"A\":20.0},\"PRO\":{\"A\":25.0},\"SMB\":{\"A\":15.0},\"PUBLIC\":{\"A\":30.0}}}");
            }
            // each sample asks for a period ending a day earlier: H2 would otherwise hand back the previous, identical query's result
            java.util.function.IntFunction<String> year = i -> "from=" + FIRST + "&to=" + FIRST.plusDays(364 - i);
            double baseline = median(latencies(port, i -> "/api/v1/scores?from=not-a-day&to=" + i, 10, true));
            report("authentication alone (a 400 invalid_period; the password remembered)", List.of(baseline));
            report("/api/v1/scores (a year, all countries)", latencies(port, i -> "/api/v1/scores?" + year.apply(i), 7, false));
            report("/api/v1/leadership (a year)", latencies(port, i -> "/api/v1/leadership?" + year.apply(i), 7, false));
            report("/api/v1/stores/ranking (a year)", latencies(port, i -> "/api/v1/stores/ranking?" + year.apply(i), 7, false));
            report("/api/v1/scores/trend (a year by month)", latencies(port, i -> "/api/v1/scores/trend?" + year.apply(i) + "&granularity=MONTH", 3, false));
            report("DuckDB full scan, weighted NPS per country (same data)", duckdb(work.resolve("raw.duckdb")));
            System.out.printf(Locale.ROOT, "Central's memory while serving: RSS %d MB%n", rssMegabytes(central.pid()));
        } finally {
            stop(central);
        }
    }

    /** 8 stores each sending 20 batches of 500 answers at once, through the API. */
    private static void ingestRate(int port, String database) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            HttpResponse<String> created = call(port, "POST", "/api/v1/stores", "{\"storeId\":\"XX-INGEST-%02d\",\"country\":\"XX\",\"zone\":\"UTC\"}".formatted(s));
            String body = created.body();
            tokens.add(body.substring(body.indexOf("\"token\":\"") + 9, body.indexOf('"', body.indexOf("\"token\":\"") + 9)));
        }
        ExecutorService senders = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int store = s;
            sent.add(senders.submit(() -> {
                Random random = new Random(store);
                for (int b = 0; b < 20; b++) {
                    StringBuilder batch = new StringBuilder("{\"storeId\":\"XX-INGEST-%02d\",\"country\":\"XX\",\"responses\":[".formatted(store));
                    for (int i = 0; i < 500; i++) {
                        batch.append(i == 0 ? "" : ",").append("{\"id\":\"%s\",\"segment\":\"CONSUMER\",\"score\":%d,\"answeredAt\":\"2026-11-26T10:00:00Z\",\"localDate\":\"2026-11-26\",\"recognised\":true}"
                                .formatted(UUID.randomUUID(), random.nextInt(11)));
                    }
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/responses"))
                            .header("Authorization", "Bearer " + tokens.get(store)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch.append("]}").toString())).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("ingest refused: " + response.statusCode());
                    }
                }
                return 20 * 500;
            }));
        }
        long total = 0;
        for (Future<Integer> future : sent) {
            total += future.get();
        }
        senders.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Ingest through the API (8 stores at once, batches of 500, %s): %,d answers in %.1f s = %,.0f answers/s%n",
                database, total, seconds, total / seconds);
    }

    /** The answers, store by store: their cells into central's H2 file, the raw rows into DuckDB. */
    private static long load(String database, Path duckdb, long answers) throws Exception {
        long cells = 0;
        try (Connection h2 = DriverManager.getConnection(database, "sa", "");
             DuckDBConnection raw = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + duckdb)) {
            try (Statement create = raw.createStatement()) {
                create.execute("CREATE TABLE responses (store_id VARCHAR, country VARCHAR, segment VARCHAR, sphere VARCHAR, score INTEGER, local_date DATE)");
            }
            h2.setAutoCommit(false);
            PreparedStatement insert = h2.prepareStatement("INSERT INTO SCORE_CELL (LOCAL_DATE, COUNTRY, STORE_ID, SEGMENT, SPHERE, "
                    + "S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            try (DuckDBAppender appender = raw.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "responses")) {
                for (int s = 0; s < STORES; s++) {
                    String store = "S" + s;
                    String country = country(s % COUNTRIES);
                    long perStore = answers / STORES + (s < answers % STORES ? 1 : 0);
                    Random random = new Random(s);
                    double quality = random.nextGaussian() * 0.08;
                    Map<String, long[]> storeCells = new HashMap<>();
                    for (long i = 0; i < perStore; i++) {
                        LocalDate day = FIRST.plusDays(random.nextInt(365));
                        int kind = random.nextInt(100);
                        String segment = kind < 40 ? "CONSUMER" : kind < 60 ? "PRO" : kind < 70 ? "SMB" : kind < 75 ? "PUBLIC" : "";
                        String sphere = random.nextInt(3) == 0 ? SPHERES.get(random.nextInt(4)) : "";
                        int score = score(random, quality);
                        storeCells.computeIfAbsent(day + "|" + segment + "|" + sphere, key -> new long[11])[score]++;
                        appender.beginRow();
                        appender.append(store);
                        appender.append(country);
                        appender.append(segment.isEmpty() ? null : segment);
                        appender.append(sphere.isEmpty() ? null : sphere);
                        appender.append(score);
                        appender.append(day);
                        appender.endRow();
                    }
                    for (var cell : storeCells.entrySet()) {
                        String[] key = cell.getKey().split("\\|", -1);
                        insert.setObject(1, LocalDate.parse(key[0]));
                        insert.setString(2, country);
                        insert.setString(3, store);
                        insert.setString(4, key[1]);
                        insert.setString(5, key[2]);
                        for (int score = 0; score <= 10; score++) {
                            insert.setLong(6 + score, cell.getValue()[score]);
                        }
                        insert.addBatch();
                        cells++;
                    }
                    insert.executeBatch();
                    h2.commit();
                }
            }
            // the roll-ups central's ingest keeps beside the cells (as its migration V6 builds them from the cells)
            String sums = "SUM(S0), SUM(S1), SUM(S2), SUM(S3), SUM(S4), SUM(S5), SUM(S6), SUM(S7), SUM(S8), SUM(S9), SUM(S10)";
            try (Statement rollUp = h2.createStatement()) {
                rollUp.execute("DELETE FROM COUNTRY_CELL"); // rebuilt whole, with the ingest phase's answers
                rollUp.execute("DELETE FROM STORE_MONTH_CELL");
                rollUp.execute("DELETE FROM STORE_DAY_CELL");
                rollUp.execute("DELETE FROM COUNTRY_MONTH_CELL");
                rollUp.execute("DELETE FROM STORE_WEEK_CELL");
                rollUp.execute("INSERT INTO STORE_DAY_CELL (LOCAL_DATE, COUNTRY, STORE_ID, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) SELECT LOCAL_DATE, COUNTRY, STORE_ID, "
                        + sums + " FROM SCORE_CELL GROUP BY LOCAL_DATE, COUNTRY, STORE_ID");
                rollUp.execute("INSERT INTO COUNTRY_CELL (LOCAL_DATE, COUNTRY, SEGMENT, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) SELECT LOCAL_DATE, COUNTRY, SEGMENT, "
                        + sums + " FROM SCORE_CELL GROUP BY LOCAL_DATE, COUNTRY, SEGMENT");
                rollUp.execute("INSERT INTO COUNTRY_MONTH_CELL (MONTH_START, COUNTRY, SEGMENT, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) "
                        + "SELECT CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, SEGMENT, " + sums
                        + " FROM SCORE_CELL GROUP BY CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, SEGMENT");
                rollUp.execute("INSERT INTO STORE_MONTH_CELL (MONTH_START, COUNTRY, STORE_ID, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) "
                        + "SELECT CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, STORE_ID, " + sums
                        + " FROM SCORE_CELL GROUP BY CAST(DATE_TRUNC('MONTH', LOCAL_DATE) AS DATE), COUNTRY, STORE_ID");
                String monday = "LOCAL_DATE - (EXTRACT(ISODOW FROM LOCAL_DATE) - 1) * INTERVAL '1' DAY";
                rollUp.execute("INSERT INTO STORE_WEEK_CELL (WEEK_START, COUNTRY, STORE_ID, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) "
                        + "SELECT " + monday + ", COUNTRY, STORE_ID, " + sums + " FROM STORE_DAY_CELL GROUP BY " + monday + ", COUNTRY, STORE_ID");
            }
            h2.commit();
        }
        return cells;
    }

    private static int score(Random random, double quality) {
        double draw = random.nextDouble();
        double detractors = Math.max(0.05, 0.25 - quality);
        double promoters = Math.min(0.9, 0.45 + quality);
        return draw < detractors ? random.nextInt(7) : draw < 1 - promoters ? 7 + random.nextInt(2) : 9 + random.nextInt(2);
    }

    /** The same weighted NPS as {@code /scores}, from the raw rows: per (country, segment), weighted by the same customers. */
    private static List<Double> duckdb(Path file) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + file); Statement query = raw.createStatement()) {
            for (int i = 0; i < 13; i++) {
                long start = System.nanoTime();
                Map<String, double[]> byCountry = new HashMap<>();
                try (ResultSet rows = query.executeQuery("""
                        SELECT country, segment, count(*) AS n, count(*) FILTER (WHERE score >= 9) AS p, count(*) FILTER (WHERE score <= 6) AS d
                        FROM responses WHERE local_date BETWEEN DATE '2025-11-27' AND DATE '2026-11-26' - (%d::INTEGER) AND segment IS NOT NULL
                        GROUP BY country, segment""".formatted(i))) {
                    while (rows.next()) {
                        int c = Integer.parseInt(rows.getString(1).substring(1), 36) - 10;
                        long customers = switch (rows.getString(2)) {
                            case "CONSUMER" -> 500_000 + 10_000L * c;
                            case "PRO" -> 120_000 + 1_000L * c;
                            case "SMB" -> 60_000;
                            default -> 20_000;
                        };
                        double nps = 100.0 * (rows.getLong(4) - rows.getLong(5)) / rows.getLong(3);
                        double[] sums = byCountry.computeIfAbsent(rows.getString(1), k -> new double[2]);
                        sums[0] += customers * nps;
                        sums[1] += customers;
                    }
                }
                if (i >= 3) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return times;
    }

    private static List<Double> latencies(int port, java.util.function.IntFunction<String> paths, int samples, boolean anyStatus) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < samples + 2; i++) {
            String path = paths.apply(i);
            long start = System.nanoTime();
            HttpResponse<String> response = call(port, "GET", path, null);
            double millis = (System.nanoTime() - start) / 1e6;
            if (!anyStatus && response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 2) {
                times.add(millis);
            }
        }
        return times;
    }

    private static void report(String what, List<Double> times) {
        System.out.printf(Locale.ROOT, "%-55s median %8.1f ms   p95 %8.1f ms%n", what, median(times), Percentiles.of(times, 95));
    }

    private static double median(List<Double> times) {
        return Percentiles.of(times, 50);
    }

    private static String country(int c) {
        return "C" + Integer.toString(10 + c, 36).toUpperCase(Locale.ROOT);
    }

    private static HttpResponse<String> call(int port, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Path root, Path work, String database, int port, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-jar", root.resolve("central-scoring/target/central-scoring.jar").toString(),
                "--server.port=" + port, "--spring.datasource.url=" + database, "--smartstore.bootstrap.admin-password=" + ADMIN));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("central.log").toFile()).start();
        for (int i = 0; i < 240; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("central stopped while starting; see " + work.resolve("central.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("central did not start in 2 minutes");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
