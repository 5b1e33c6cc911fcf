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
        List<String> databases = List.of((args.length > 1 ? args[1] : "h2").split(","));
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("central-scale");
        int port = 18_000 + new Random().nextInt(1000);
        String postgres = System.getProperty("smartstore.bench.postgres", "");
        Path duckdb = work.resolve("raw.duckdb");
        boolean rawLoaded = false;
        for (String kind : databases) {
            Database database = switch (kind) {
                case "h2" -> new Database("H2", "jdbc:h2:file:" + work.resolve("central") + ";WRITE_DELAY=0", "sa", List.of());
                case "postgres" -> {
                    if (postgres.isBlank()) {
                        throw new IllegalStateException("no PostgreSQL server: ./smartstore bench central starts one when the postgresql package is installed");
                    }
                    String name = "central_bench_" + answers;
                    try (Connection admin = DriverManager.getConnection(postgres + "postgres", "smartstore", ""); Statement create = admin.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                    yield new Database("PostgreSQL", postgres + name, "smartstore", List.of("--spring.profiles.active=postgres",
                            "--spring.datasource.username=smartstore", "--spring.datasource.password="));
                }
                default -> throw new IllegalArgumentException("databases: h2, postgres or both separated by a comma, not " + kind);
            };
            stop(start(root, work, database, port)); // its migrations make the schema
            long loading = System.nanoTime();
            long cells = load(database, rawLoaded ? null : duckdb, answers);
            rawLoaded = true;
            System.out.printf(Locale.ROOT, "%s: loaded %,d answers as %,d cells and %,d rows of RESPONSE, with the roll-ups, in %.0f s; database %,d MB%n",
                    database.name(), answers, cells, answers, (System.nanoTime() - loading) / 1e9, database.megabytes(work));
            Process central = start(root, work, database, port);
            try {
                queries(port, database.name());
                System.out.printf(Locale.ROOT, "%s: central's memory while serving: RSS %d MB%n", database.name(), rssMegabytes(central.pid()));
                ingestRate(port, database.name() + ", holding " + String.format(Locale.ROOT, "%,d", answers) + " answers");
            } finally {
                stop(central);
            }
        }
        report("DuckDB full scan, weighted NPS per country (same data)", duckdb(duckdb));
    }

    /** The same endpoints over the year, each sample a period one day shorter (a database may not hand back the previous result). */
    private static void queries(int port, String database) throws Exception {
        for (int c = 0; c < COUNTRIES; c++) {
            call(port, "PUT", "/api/v1/customer-base/" + country(c), "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":%d,\"PRO\":%d,\"SMB\":%d,\"PUBLIC\":%d}}"
                    .formatted(500_000 + 10_000 * c, 120_000 + 1_000 * c, 60_000, 20_000));
            call(port, "PUT", "/api/v1/benchmarks/" + country(c),
                    "{\"period\":\"2026-Q4\",\"segments\":{\"CONSUMER\":{\"A\":20.0},\"PRO\":{\"A\":25.0},\"SMB\":{\"A\":15.0},\"PUBLIC\":{\"A\":30.0}}}");
        }
        java.util.function.IntFunction<String> year = i -> "from=" + FIRST + "&to=" + FIRST.plusDays(364 - i);
        report(database + ": authentication alone (a 400 invalid_period; the password remembered)",
                List.of(median(latencies(port, i -> "/api/v1/scores?from=not-a-day&to=" + i, 10, true))));
        report(database + ": /api/v1/scores (a year, all countries)", latencies(port, i -> "/api/v1/scores?" + year.apply(i), 7, false));
        report(database + ": /api/v1/leadership (a year)", latencies(port, i -> "/api/v1/leadership?" + year.apply(i), 7, false));
        report(database + ": /api/v1/stores/ranking (a year)", latencies(port, i -> "/api/v1/stores/ranking?" + year.apply(i), 7, false));
        report(database + ": /api/v1/scores/trend (a year by month)", latencies(port, i -> "/api/v1/scores/trend?" + year.apply(i) + "&granularity=MONTH", 3, false));
    }

    /** Where central keeps its data in this run, and how to reach it. */
    private record Database(String name, String url, String user, List<String> arguments) {

        boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        long megabytes(Path work) throws Exception {
            if (!postgres()) {
                return Files.size(work.resolve("central.mv.db")) / (1024 * 1024);
            }
            try (Connection connection = DriverManager.getConnection(url, user, ""); Statement query = connection.createStatement();
                 ResultSet size = query.executeQuery("SELECT pg_database_size(current_database())")) {
                size.next();
                return size.getLong(1) / (1024 * 1024);
            }
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

    /**
     * The answers, store by store: each as a row of RESPONSE and counted in its cell, as central's ingest would have
     * left them (COPY on PostgreSQL, batched inserts on H2), then the roll-ups; the raw rows into DuckDB when asked.
     */
    private static long load(Database database, Path duckdb, long answers) throws Exception {
        long cells = 0;
        try (Connection target = DriverManager.getConnection(database.url(), database.user(), "");
             DuckDBConnection raw = duckdb == null ? null : (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + duckdb)) {
            if (raw != null) {
                try (Statement create = raw.createStatement()) {
                    create.execute("CREATE TABLE responses (store_id VARCHAR, country VARCHAR, segment VARCHAR, sphere VARCHAR, score INTEGER, local_date DATE)");
                }
            }
            target.setAutoCommit(false);
            Rows rows = database.postgres() ? new CopyRows(target) : new InsertRows(target);
            try (DuckDBAppender appender = raw == null ? null : raw.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "responses")) {
                for (int s = 0; s < STORES; s++) {
                    String store = "S" + s;
                    String country = country(s % COUNTRIES);
                    long perStore = answers / STORES + (s < answers % STORES ? 1 : 0);
                    Random random = new Random(s);
                    Random ids = new Random(-1 - s);
                    double quality = random.nextGaussian() * 0.08;
                    Map<String, long[]> storeCells = new HashMap<>();
                    for (long i = 0; i < perStore; i++) {
                        LocalDate day = FIRST.plusDays(random.nextInt(365));
                        int kind = random.nextInt(100);
                        String segment = kind < 40 ? "CONSUMER" : kind < 60 ? "PRO" : kind < 70 ? "SMB" : kind < 75 ? "PUBLIC" : "";
                        String sphere = random.nextInt(3) == 0 ? SPHERES.get(random.nextInt(4)) : "";
                        int score = score(random, quality);
                        storeCells.computeIfAbsent(day + "|" + segment + "|" + sphere, key -> new long[11])[score]++;
                        rows.response(new UUID(ids.nextLong(), ids.nextLong()), store, country, segment, sphere, score,
                                day.atTime(9 + ids.nextInt(10), ids.nextInt(60)).atOffset(java.time.ZoneOffset.UTC), day);
                        if (appender != null) {
                            appender.beginRow();
                            appender.append(store);
                            appender.append(country);
                            appender.append(segment.isEmpty() ? null : segment);
                            appender.append(sphere.isEmpty() ? null : sphere);
                            appender.append(score);
                            appender.append(day);
                            appender.endRow();
                        }
                    }
                    for (var cell : storeCells.entrySet()) {
                        String[] key = cell.getKey().split("\\|", -1);
                        rows.cell(LocalDate.parse(key[0]), country, store, key[1], key[2], cell.getValue());
                        cells++;
                    }
                    rows.flush();
                    target.commit();
                }
            }
            rollUps(target);
            target.commit();
        }
        if (database.postgres()) { // as autovacuum would after such a load: the planner's statistics and the visibility map
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), ""); Statement vacuum = connection.createStatement()) {
                vacuum.execute("VACUUM ANALYZE");
            }
        }
        return cells;
    }

    /** The roll-ups central's ingest keeps beside the cells, rebuilt whole from them (as its migration V6 builds them). */
    private static void rollUps(Connection target) throws Exception {
        String sums = "SUM(S0), SUM(S1), SUM(S2), SUM(S3), SUM(S4), SUM(S5), SUM(S6), SUM(S7), SUM(S8), SUM(S9), SUM(S10)";
        try (Statement rollUp = target.createStatement()) {
            rollUp.execute("DELETE FROM COUNTRY_CELL");
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
            String monday = "CAST(LOCAL_DATE - (EXTRACT(ISODOW FROM LOCAL_DATE) - 1) * INTERVAL '1' DAY AS DATE)";
            rollUp.execute("INSERT INTO STORE_WEEK_CELL (WEEK_START, COUNTRY, STORE_ID, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) "
                    + "SELECT " + monday + ", COUNTRY, STORE_ID, " + sums + " FROM STORE_DAY_CELL GROUP BY " + monday + ", COUNTRY, STORE_ID");
        }
    }

    /** Rows of RESPONSE and SCORE_CELL, written a store at a time. */
    private interface Rows {
        void response(UUID id, String store, String country, String segment, String sphere, int score, java.time.OffsetDateTime answeredAt, LocalDate day) throws Exception;

        void cell(LocalDate day, String country, String store, String segment, String sphere, long[] counts) throws Exception;

        void flush() throws Exception;
    }

    /** H2: batched prepared inserts. */
    private static final class InsertRows implements Rows {
        private final PreparedStatement responses;
        private final PreparedStatement cells;

        InsertRows(Connection connection) throws Exception {
            responses = connection.prepareStatement("INSERT INTO RESPONSE (ID, STORE_ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED, RECEIVED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            cells = connection.prepareStatement("INSERT INTO SCORE_CELL (LOCAL_DATE, COUNTRY, STORE_ID, SEGMENT, SPHERE, "
                    + "S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public void response(UUID id, String store, String country, String segment, String sphere, int score, java.time.OffsetDateTime answeredAt, LocalDate day) throws Exception {
            responses.setObject(1, id);
            responses.setString(2, store);
            responses.setString(3, country);
            responses.setString(4, segment.isEmpty() ? null : segment);
            responses.setString(5, sphere.isEmpty() ? null : sphere);
            responses.setInt(6, score);
            responses.setObject(7, answeredAt);
            responses.setObject(8, day);
            responses.setBoolean(9, !segment.isEmpty());
            responses.setObject(10, answeredAt);
            responses.addBatch();
        }

        @Override
        public void cell(LocalDate day, String country, String store, String segment, String sphere, long[] counts) throws Exception {
            cells.setObject(1, day);
            cells.setString(2, country);
            cells.setString(3, store);
            cells.setString(4, segment);
            cells.setString(5, sphere);
            for (int score = 0; score <= 10; score++) {
                cells.setLong(6 + score, counts[score]);
            }
            cells.addBatch();
        }

        @Override
        public void flush() throws Exception {
            responses.executeBatch();
            cells.executeBatch();
        }
    }

    /** PostgreSQL: COPY, as a bulk load into PostgreSQL is done. */
    private static final class CopyRows implements Rows {
        private final org.postgresql.copy.CopyManager copy;
        private final StringBuilder responses = new StringBuilder();
        private final StringBuilder cells = new StringBuilder();

        CopyRows(Connection connection) throws Exception {
            copy = new org.postgresql.copy.CopyManager(connection.unwrap(org.postgresql.core.BaseConnection.class));
        }

        @Override
        public void response(UUID id, String store, String country, String segment, String sphere, int score, java.time.OffsetDateTime answeredAt, LocalDate day) {
            responses.append(id).append(',').append(store).append(',').append(country).append(',').append(segment).append(',').append(sphere)
                    .append(',').append(score).append(',').append(answeredAt).append(',').append(day).append(',').append(!segment.isEmpty())
                    .append(',').append(answeredAt).append('\n');
        }

        @Override
        public void cell(LocalDate day, String country, String store, String segment, String sphere, long[] counts) {
            cells.append(day).append(',').append(country).append(',').append(store).append(",\"").append(segment).append("\",\"").append(sphere).append('"');
            for (long count : counts) {
                cells.append(',').append(count);
            }
            cells.append('\n');
        }

        @Override
        public void flush() throws Exception {
            // an empty CSV field is NULL for RESPONSE's segment and sphere; the cells quote theirs: '' is "none" there
            copy.copyIn("COPY RESPONSE (ID, STORE_ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED, RECEIVED_AT) FROM STDIN (FORMAT csv)",
                    new java.io.StringReader(responses.toString()));
            copy.copyIn("COPY SCORE_CELL (LOCAL_DATE, COUNTRY, STORE_ID, SEGMENT, SPHERE, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) FROM STDIN (FORMAT csv)",
                    new java.io.StringReader(cells.toString()));
            responses.setLength(0);
            cells.setLength(0);
        }
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

    private static Process start(Path root, Path work, Database database, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-jar", root.resolve("central-scoring/target/central-scoring.jar").toString(),
                "--server.port=" + port, "--spring.datasource.url=" + database.url(), "--smartstore.bootstrap.admin-password=" + ADMIN));
        command.addAll(database.arguments());
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
