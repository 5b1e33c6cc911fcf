package io.smartstore.system;

import io.smartstore.benchmarks.Percentiles;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The adviser's floor under a shop's load, on this machine (loopback only, bounded):
 * (1) an adviser's call → the kiosk's ticket screen showing the desk, in Chromium;
 * (2) a kiosk taking a ticket → the floor view showing it, in Chromium;
 * (3) the queue API while 20 advisers and 50 kiosks poll it for 30 seconds.
 * Run: {@code ./smartstore bench queue}.
 */
public final class QueueBench {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String KIOSK_TOKEN = "bench-kiosk-token-0123456789";
    static final String PASSWORD = "bench-adviser-password";

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("queue-bench");
        try (AppProcess store = AppProcess.start(root, "store-server", work.resolve("logs"), List.of(
                     "spring.datasource.url=jdbc:h2:file:" + work.resolve("store"), "smartstore.bootstrap.admin-password=bench-admin",
                     "smartstore.bootstrap.kiosk-token=" + KIOSK_TOKEN, "smartstore.cards.hash-secret=bench-secret-0123456789",
                     "smartstore.cards.loyalty-prefixes=628000")).awaitHealthy(Duration.ofSeconds(90));
             AppProcess kiosk = AppProcess.start(root, "kiosk-ui", work.resolve("logs"), List.of(
                     "spring.datasource.url=jdbc:h2:file:" + work.resolve("kiosk"), "smartstore.store.url=" + store.url(),
                     "smartstore.store.token=" + KIOSK_TOKEN)).awaitHealthy(Duration.ofSeconds(90))) {
            for (int i = 0; i < 20; i++) {
                Http.call("POST", store.url() + "/api/v1/staff", "admin", "bench-admin", "application/json",
                        "{\"username\":\"adviser%d\",\"password\":\"%s\",\"roles\":[\"ADVISER\"],\"displayName\":\"Adviser %d\"}".formatted(i, PASSWORD, i));
                Http.call("PUT", store.url() + "/api/v1/advisers/me/duty", "adviser" + i, PASSWORD, "application/json",
                        "{\"onDuty\":true,\"desk\":\"" + i + "\",\"spheres\":[\"HOME\",\"WORK\",\"WELLBEING\",\"MOBILE\"]}");
            }
            WebDriver browser = Chromium.start(work.resolve("chromium"));
            try {
                callToKioskScreen(browser, store, kiosk, samples);
                callToPhonePage(browser, store, samples);
                ticketToFloorView(browser, store, samples);
                unhappyCustomerToFloorView(browser, store, samples);
            } finally {
                browser.quit();
            }
            apiUnderLoad(store);
        }
    }

    private static void callToKioskScreen(WebDriver browser, AppProcess store, AppProcess kiosk, int samples) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < samples + 3; i++) {
            browser.get(kiosk.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("talk-to-adviser"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sphere-home"))).click();
            String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();
            long seen = callAndWatch(browser, wait, store, ticket, "ticket-status", "desk");
            if (i >= 3) {
                latencies.add((double) seen);
            }
        }
        System.out.printf(Locale.ROOT, "Call -> kiosk ticket screen showing the desk (Chromium, %d calls): median %.0f ms, p95 %.0f ms%n",
                samples, Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    /** An adviser calls the ticket; the milliseconds until the element {@code id} of the page shows {@code words}. Then the visit ends. */
    private static long callAndWatch(WebDriver browser, WebDriverWait wait, AppProcess store, String ticket, String id, String words) throws Exception {
        ((JavascriptExecutor) browser).executeScript("""
                window.calledAt = 0; const id = arguments[0], words = arguments[1];
                new MutationObserver(() => {
                  const status = document.getElementById(id);
                  if (!window.calledAt && status && status.textContent.includes(words)) window.calledAt = Date.now();
                }).observe(document.body, {childList: true, subtree: true, characterData: true});""", id, words);
        long called = System.currentTimeMillis();
        HttpResponse<String> call = Http.call("POST", store.url() + "/api/v1/queue/" + ticket + "/call", "adviser0", PASSWORD,
                "application/json", "{\"desk\":\"0\"}");
        if (call.statusCode() != 200) {
            throw new IllegalStateException("call refused: " + call.body());
        }
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.calledAt")).longValue() > 0);
        long seen = ((Number) ((JavascriptExecutor) browser).executeScript("return window.calledAt")).longValue();
        Http.call("POST", store.url() + "/api/v1/queue/" + ticket + "/finish", "adviser0", PASSWORD, "application/json", "{\"outcome\":\"RESOLVED\"}");
        return seen - called;
    }

    /** The ticket's page on a phone (390 px), open while the ticket waits; an adviser calls it. */
    private static void callToPhonePage(WebDriver browser, AppProcess store, int samples) throws Exception {
        List<Double> latencies = new ArrayList<>();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (int i = 0; i < samples + 3; i++) {
            var taken = JSON.readTree(Http.bearer("POST", store.url() + "/api/v1/queue", KIOSK_TOKEN, "{\"sphere\":\"HOME\",\"language\":\"en\"}").body());
            String ticket = taken.path("ticket").asString();
            String url = taken.path("phoneUrl").asString();
            browser.get(store.url() + url.substring(url.indexOf("/ticket/")));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phone-status"), "min"));
            long seen = callAndWatch(browser, wait, store, ticket, "phone-status", "Desk");
            if (i >= 3) {
                latencies.add((double) seen);
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        System.out.printf(Locale.ROOT, "Call -> the ticket's page on a phone showing the desk (Chromium at 390 px, %d calls): median %.0f ms, p95 %.0f ms%n",
                samples, Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    /**
     * A recognised customer who agreed to be called back answers 2 at the kiosk (the store's answer endpoint, as the
     * kiosk's relay sends it); the floor view of an adviser (open, signed in) shows them as still in the shop.
     */
    private static void unhappyCustomerToFloorView(WebDriver browser, AppProcess store, int samples) throws Exception {
        Http.call("POST", store.url() + "/api/v1/admin/customers", "admin", "bench-admin", "application/x-ndjson",
                "{\"ref\":\"BENCH-1\",\"firstName\":\"Bench\",\"language\":\"en\",\"segment\":\"CONSUMER\",\"cards\":[\"6280008880000014\"]}\n");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < samples + 3; i++) {
            var identified = JSON.readTree(Http.bearer("POST", store.url() + "/api/v1/identifications", KIOSK_TOKEN,
                    "{\"method\":\"CARD\",\"credential\":\"6280008880000014\",\"session\":\"%s\"}".formatted(java.util.UUID.randomUUID())).body());
            String said = "bench answer " + i;
            ((JavascriptExecutor) browser).executeScript("""
                    window.shownAt = 0; const said = arguments[0];
                    new MutationObserver(() => {
                      const here = document.getElementById('in-the-shop');
                      if (!window.shownAt && here && here.textContent.includes(said)) window.shownAt = Date.now();
                    }).observe(document.body, {childList: true, subtree: true, characterData: true});""", said);
            long answered = System.currentTimeMillis();
            HttpResponse<String> sent = Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN,
                    "{\"responses\":[{\"id\":\"%s\",\"visitId\":\"%s\",\"score\":2,\"comment\":\"%s\",\"consentToContact\":true,\"answeredAt\":\"%s\"}]}"
                            .formatted(java.util.UUID.randomUUID(), identified.path("visitId").asString(), said, java.time.Instant.now()));
            if (sent.statusCode() != 200) {
                throw new IllegalStateException("answer refused: " + sent.body());
            }
            wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.shownAt")).longValue() > 0);
            long shown = ((Number) ((JavascriptExecutor) browser).executeScript("return window.shownAt")).longValue();
            if (i >= 3) {
                latencies.add((double) (shown - answered));
            }
        }
        System.out.printf(Locale.ROOT, "Unhappy customer's answer -> the floor view shows them still in the shop (Chromium, server push, %d answers): median %.0f ms, p95 %.0f ms%n",
                samples, Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    private static void ticketToFloorView(WebDriver browser, AppProcess store, int samples) throws Exception {
        browser.get(store.url() + "/floor");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        name.sendKeys("adviser1");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < samples + 3; i++) {
            ((JavascriptExecutor) browser).executeScript("""
                    window.shownAt = 0; window.expected = null;
                    new MutationObserver(() => {
                      const waiting = document.getElementById('waiting');
                      if (!window.shownAt && window.expected && waiting && waiting.textContent.includes(window.expected)) window.shownAt = Date.now();
                    }).observe(document.body, {childList: true, subtree: true, characterData: true});""");
            long taken = System.currentTimeMillis();
            HttpResponse<String> ticket = Http.bearer("POST", store.url() + "/api/v1/queue", KIOSK_TOKEN, "{\"sphere\":\"WORK\"}");
            String number = JSON.readTree(ticket.body()).path("ticket").asString();
            ((JavascriptExecutor) browser).executeScript("window.expected = arguments[0]; "
                    + "if (document.getElementById('waiting').textContent.includes(arguments[0])) window.shownAt = Date.now();", number);
            wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.shownAt")).longValue() > 0);
            long shown = ((Number) ((JavascriptExecutor) browser).executeScript("return window.shownAt")).longValue();
            Http.call("POST", store.url() + "/api/v1/queue/" + number + "/call", "adviser2", PASSWORD, "application/json", "{\"desk\":\"2\"}");
            Http.call("POST", store.url() + "/api/v1/queue/" + number + "/finish", "adviser2", PASSWORD, "application/json", "{\"outcome\":\"RESOLVED\"}");
            if (i >= 3) {
                latencies.add((double) (shown - taken));
            }
        }
        System.out.printf(Locale.ROOT, "Kiosk takes a ticket -> floor view shows it (Chromium, server push, %d tickets): median %.0f ms, p95 %.0f ms%n",
                samples, Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    /** 50 kiosks asking where their ticket stands twice a second, 20 advisers reading the floor every 2 s and calling, for 30 s. */
    private static void apiUnderLoad(AppProcess store) throws Exception {
        List<Double> polls = Collections.synchronizedList(new ArrayList<>());
        List<Double> floors = Collections.synchronizedList(new ArrayList<>());
        List<Double> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int k = 0; k < 50; k++) {
            pool.submit(() -> {
                String ticket = null;
                while (running.get()) {
                    if (ticket == null) {
                        ticket = JSON.readTree(Http.bearer("POST", store.url() + "/api/v1/queue", KIOSK_TOKEN, "{\"sphere\":\"MOBILE\"}").body())
                                .path("ticket").asString();
                    }
                    long start = System.nanoTime();
                    String status = JSON.readTree(Http.bearer("GET", store.url() + "/api/v1/queue/" + ticket, KIOSK_TOKEN, null).body())
                            .path("status").asString();
                    polls.add((System.nanoTime() - start) / 1e6);
                    if (!status.equals("WAITING")) {
                        ticket = null; // called: the next customer takes a ticket
                    }
                    Thread.sleep(500);
                }
                return null;
            });
        }
        for (int a = 0; a < 20; a++) {
            String adviser = "adviser" + a;
            pool.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    Http.call("GET", store.url() + "/api/v1/queue", adviser, PASSWORD, null, null);
                    floors.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    HttpResponse<String> called = Http.call("POST", store.url() + "/api/v1/queue/next", adviser, PASSWORD, "application/json", "{}");
                    calls.add((System.nanoTime() - start) / 1e6);
                    if (called.statusCode() == 200) {
                        String ticket = JSON.readTree(called.body()).path("ticket").asString();
                        Http.call("POST", store.url() + "/api/v1/queue/" + ticket + "/finish", adviser, PASSWORD, "application/json", "{\"outcome\":\"RESOLVED\"}");
                    }
                    Thread.sleep(2000);
                }
                return null;
            });
        }
        Thread.sleep(30_000);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "Queue API, 20 advisers and 50 kiosks polling for 30 s: kiosk poll median %.1f ms p95 %.1f ms (%d); "
                        + "floor read median %.1f ms p95 %.1f ms (%d); call next median %.1f ms p95 %.1f ms (%d)%n",
                Percentiles.of(polls, 50), Percentiles.of(polls, 95), polls.size(), Percentiles.of(floors, 50), Percentiles.of(floors, 95), floors.size(),
                Percentiles.of(calls, 50), Percentiles.of(calls, 95), calls.size());
    }
}
