package io.smartstore.system;

import io.smartstore.benchmarks.Percentiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The manager's morning at a busy store: 90 days × 400 answers loaded through the kiosk API
 * into a real store-server, then (1) the server's time for a day's figures and for the
 * 90-day trend (the two queries behind the day page), and (2) the day page itself in
 * Chromium, from navigation to the trend chart drawn. Run: {@code ./smartstore bench day}.
 */
public final class DayPageBench {

    static final String KIOSK_TOKEN = "bench-kiosk-token-0123456789";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PASSWORD = "bench-manager-password";

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("day-bench");
        try (AppProcess store = AppProcess.start(root, "store-server", work.resolve("logs"), List.of(
                "spring.datasource.url=jdbc:h2:file:" + work.resolve("store"), "smartstore.bootstrap.admin-password=bench-admin",
                "smartstore.bootstrap.kiosk-token=" + KIOSK_TOKEN, "smartstore.cards.hash-secret=bench-secret-0123456789",
                "smartstore.store.zone=Europe/Paris", "smartstore.misuse.window=1ms", "smartstore.misuse.max-per-minute=100000"))
                .awaitHealthy(Duration.ofSeconds(90))) {
            Http.call("POST", store.url() + "/api/v1/staff", "admin", "bench-admin", "application/json",
                    "{\"username\":\"manager\",\"password\":\"%s\",\"roles\":[\"MANAGER\"],\"displayName\":\"Nina\"}".formatted(PASSWORD));
            LocalDate today = LocalDate.now(PARIS);
            long loading = System.nanoTime();
            load(store, today, perDay);
            System.out.printf(Locale.ROOT, "Loaded 90 days x %d answers in %.1f s%n", perDay, (System.nanoTime() - loading) / 1e9);

            List<Double> baseline = new ArrayList<>();
            List<Double> daily = new ArrayList<>();
            List<Double> trend = new ArrayList<>();
            for (int i = 0; i < samples + 5; i++) {
                LocalDate day = today.minusDays(1 + i % 89);
                double d = timed(() -> Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + day, "manager", PASSWORD, null, null));
                double t = timed(() -> Http.call("GET", store.url() + "/api/v1/scores/trend?from=" + today.minusDays(89) + "&to=" + today,
                        "manager", PASSWORD, null, null));
                // the same authentication (bcrypt) on an endpoint that does almost nothing: what is not the figures' work
                double b = timed(() -> Http.call("GET", store.url() + "/api/v1/follow-ups?status=CLOSED", "manager", PASSWORD, null, null));
                if (i >= 5) { // the first few warm the JIT
                    daily.add(d);
                    trend.add(t);
                    baseline.add(b);
                }
            }
            System.out.printf(Locale.ROOT, "Baseline (Basic authentication on a near-empty endpoint): median %.1f ms, p95 %.1f ms%n",
                    Percentiles.of(baseline, 50), Percentiles.of(baseline, 95));
            System.out.printf(Locale.ROOT, "Day's figures (GET /api/v1/scores/daily, %d answers that day, %d samples): median %.1f ms, p95 %.1f ms%n",
                    perDay, samples, Percentiles.of(daily, 50), Percentiles.of(daily, 95));
            System.out.printf(Locale.ROOT, "90-day trend (GET /api/v1/scores/trend, %d answers): median %.1f ms, p95 %.1f ms%n",
                    90 * perDay, Percentiles.of(trend, 50), Percentiles.of(trend, 95));
            pageInChromium(store, work, today, Math.min(samples, 20));
        }
    }

    /** A day's answers in one batch (the kiosk API's maximum is 500), scores drawn with a fixed seed. */
    private static void load(AppProcess store, LocalDate today, int perDay) throws Exception {
        Random random = new Random(90);
        for (int back = 1; back <= 90; back++) {
            LocalDate day = today.minusDays(back);
            StringBuilder batch = new StringBuilder("{\"responses\":[");
            for (int i = 0; i < perDay; i++) {
                int score = random.nextInt(11);
                String reasons = score <= 6 ? "[\"WAIT_TIME\"]" : score <= 8 ? "[\"PRICE\"]" : "[\"FRIENDLY_STAFF\"]";
                String comment = i % 20 == 0 ? "\"comment " + i + "\"" : "null";
                batch.append(i == 0 ? "" : ",").append("{\"id\":\"%s\",\"score\":%d,\"reasons\":%s,\"comment\":%s,\"answeredAt\":\"%s\"}".formatted(
                        UUID.randomUUID(), score, reasons, comment, day.atTime(9, 0).atZone(PARIS).plusSeconds(90L * i).toInstant()));
            }
            HttpResponse<String> response = Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, batch.append("]}").toString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("loading refused: " + response.statusCode() + " " + response.body());
            }
        }
    }

    private static void pageInChromium(AppProcess store, Path work, LocalDate today, int samples) throws Exception {
        WebDriver browser = Chromium.start(work.resolve("chromium"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.pollingEvery(Duration.ofMillis(5)); // the default, 500 ms, would be the measure
            browser.get(store.url() + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys("manager");
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD + Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nps")));
            List<Double> page = new ArrayList<>();
            for (int i = 0; i < samples + 3; i++) {
                LocalDate day = today.minusDays(1 + i);
                long start = System.nanoTime();
                browser.get(store.url() + "/?date=" + day);
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nps-detail"), "answers"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart svg")));
                if (i >= 3) {
                    page.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "Day page in Chromium (navigation to figures and 28-day chart drawn, %d loads): median %.0f ms, p95 %.0f ms%n",
                    samples, Percentiles.of(page, 50), Percentiles.of(page, 95));
            List<Double> switches = new ArrayList<>();
            for (int i = 0; i < samples + 3; i++) {
                String period = i % 2 == 0 ? "90" : "28";
                long start = System.nanoTime();
                browser.findElement(By.id("period-" + period)).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trend-sentence"), "Last " + period + " days"));
                if (i >= 3) {
                    switches.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "Switching the chart between 28 and 90 days (click to sentence and chart redrawn, %d clicks): median %.0f ms, p95 %.0f ms%n",
                    samples, Percentiles.of(switches, 50), Percentiles.of(switches, 95));
        } finally {
            browser.quit();
        }
    }

    private static double timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.run();
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("refused: " + response.statusCode());
        }
        return millis;
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }
}
