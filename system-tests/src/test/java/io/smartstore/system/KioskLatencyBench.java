package io.smartstore.system;

import io.smartstore.benchmarks.Percentiles;
import io.smartstore.devices.serial.SerialTestPorts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read → acknowledgement and read → personal screen in a real Chromium, over 50 card reads:
 * a swipe written into the card reader's pseudo-terminal, the kiosk page noting (with a
 * MutationObserver, on the same machine's clock) when the "one moment" screen and then the
 * greeting appear; the first read after the apps started is reported apart, for each of several starts (store, kiosk
 * and browser fresh each time). Run: {@code ./smartstore bench kiosk [reads] [starts]}.
 */
public final class KioskLatencyBench {

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        List<Double> acknowledged = new ArrayList<>();
        List<Double> personal = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int start = 0; start < starts; start++) {
            first.add(readAfterAStart(root, reads, acknowledged, personal));
        }
        System.out.printf(Locale.ROOT, "Kiosk in Chromium, %d card reads after each of %d starts: read -> acknowledgement median %.0f ms, p95 %.0f ms; "
                        + "read -> personal screen median %.0f ms, p95 %.0f ms, max %.0f ms; the first read after a start -> personal screen %s ms (median %.0f ms, max %.0f ms)%n",
                reads, starts, Percentiles.of(acknowledged, 50), Percentiles.of(acknowledged, 95), Percentiles.of(personal, 50), Percentiles.of(personal, 95),
                Percentiles.of(personal, 100),
                first.stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList(), Percentiles.of(first, 50), Percentiles.of(first, 100));
    }

    /** Store, kiosk and browser started fresh, then {@code reads} reads after five to warm up; answers the first read's time. */
    private static double readAfterAStart(Path root, int reads, List<Double> acknowledged, List<Double> personal) throws Exception {
        Path work = Files.createTempDirectory("kiosk-latency");
        Path reader = work.resolve("card-reader");
        try (SerialTestPorts.Pair card = SerialTestPorts.start(reader, work.resolve("card-host"));
             AppProcess store = AppProcess.start(root, "store-server", work.resolve("logs"), List.of(
                     "spring.datasource.url=jdbc:h2:file:" + work.resolve("store"), "smartstore.bootstrap.admin-password=bench-admin",
                     "smartstore.bootstrap.kiosk-token=bench-kiosk-token-0123456789", "smartstore.cards.hash-secret=bench-secret-0123456789",
                     "smartstore.cards.loyalty-prefixes=628000")).awaitHealthy(Duration.ofSeconds(90));
             AppProcess kiosk = AppProcess.start(root, "kiosk-ui", work.resolve("logs"), List.of(
                     "spring.datasource.url=jdbc:h2:file:" + work.resolve("kiosk"), "smartstore.store.url=" + store.url(),
                     "smartstore.store.token=bench-kiosk-token-0123456789", "smartstore.kiosk.card-reader.port=" + reader))
                     .awaitHealthy(Duration.ofSeconds(90))) {
            Http.call("POST", store.url() + "/api/v1/admin/customers", "admin", "bench-admin", "application/x-ndjson",
                    CardSwipeEndToEndTest.CAMILLE.replace("\"language\":\"fr\"", "\"language\":\"en\""));
            WebDriver browser = Chromium.start(work.resolve("chromium"));
            try {
                double first = -1;
                for (int i = 0; i < reads + 5; i++) {
                    browser.get(kiosk.url());
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
                    ((JavascriptExecutor) browser).executeScript("""
                            window.seen = {};
                            new MutationObserver(() => {
                              if (!window.seen.reading && document.getElementById('reading-screen')) window.seen.reading = Date.now();
                              if (!window.seen.personal && document.getElementById('greeting')) window.seen.personal = Date.now();
                            }).observe(document.body, {childList: true, subtree: true});""");
                    long sent = System.currentTimeMillis();
                    card.send(";6280001000000014=2812101?\r\n");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
                    long readingAt = ((Number) ((JavascriptExecutor) browser).executeScript("return window.seen.reading || 0")).longValue();
                    long personalAt = ((Number) ((JavascriptExecutor) browser).executeScript("return window.seen.personal")).longValue();
                    if (i == 0) { // the first read after the apps started
                        first = personalAt - sent;
                    }
                    if (i >= 5) { // five to warm up
                        acknowledged.add((double) (readingAt == 0 ? personalAt - sent : readingAt - sent));
                        personal.add((double) (personalAt - sent));
                    }
                }
                return first;
            } finally {
                browser.quit();
            }
        }
    }
}
