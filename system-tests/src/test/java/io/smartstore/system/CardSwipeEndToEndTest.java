package io.smartstore.system;

import io.smartstore.support.testing.Scrape;

import io.smartstore.devices.serial.SerialTestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.smartstore.protocol.token.Ed25519Keys;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import io.smartstore.support.testing.TestCertificates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end: a real track-data swipe written into a socat
 * pseudo-terminal, read by kiosk-ui through jSerialComm, the kiosk driven in headless
 * Chromium to the personal screen and a score, and that score found in the store's
 * daily scores and in central's weighted NPS — three JVMs talking real HTTP.
 */
class CardSwipeEndToEndTest {

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.shared();

    static final Path ROOT = ModuleRulesTest.ROOT;
    static final String STORE_ID = "FR-E2E-01";
    static final String KIOSK_TOKEN = "e2e-kiosk-token-0123456789";
    static final String STORE_TOKEN = "e2e-store-token-0123456789";
    static final String CAMILLE = """
            {"ref":"C-000123","firstName":"Camille","language":"fr","segment":"CONSUMER","cards":["6280001000000014"],\
            "history":[{"sphere":"HOME","date":"2026-10-02","kind":"PRODUCT","title":"Fibre 2 Gb/s","status":"ACTIVE"},\
            {"sphere":"MOBILE","date":"2026-11-10","kind":"REQUEST","title":"Roaming refund","status":"OPEN"}]}""";

    static final TestCertificates.Issued STORE_CLIENT = SystemTls.OPERATOR.client(STORE_ID);
    static Path work;
    static AppProcess central;
    static AppProcess store;
    static AppProcess kiosk;
    static SerialTestPorts.Pair cardReader;
    static SerialTestPorts.Pair scanner;
    static Path camera;
    static WebDriver browser;
    /** The company's OpenID provider, on 127.0.0.1 (the apps are on localhost: cookies do not tell ports apart). */
    static io.smartstore.support.testing.TestIdentityProvider company;

    @BeforeAll
    static void startTheShop() throws Exception {
        work = Files.createDirectories(ROOT.resolve("system-tests/target/e2e"));
        Path logs = work.resolve("logs");
        String run = Long.toString(System.nanoTime());
        Path reader = work.resolve("card-reader-" + run);
        cardReader = SerialTestPorts.start(reader, work.resolve("card-host-" + run));
        Path scannerPort = work.resolve("scanner-" + run);
        scanner = SerialTestPorts.start(scannerPort, work.resolve("scanner-host-" + run));
        camera = work.resolve("camera-" + run + ".png");
        showToCamera(blankPicture());
        KeyPair issuer = Ed25519Keys.generate();
        company = io.smartstore.support.testing.TestIdentityProvider.start()
                .person("lea.company", "lea-company-password", "Léa Company", List.of("ADVISER"), List.of(STORE_ID));
        // every hop over verified TLS: central and the store serve the operator's certificates, the store
        // presents its client certificate to central (required there), the kiosk trusts its store
        Path certificates = work.resolve("tls-" + run);
        TestCertificates.Issued centralCertificate = SystemTls.OPERATOR.server();
        TestCertificates.Issued storeCertificate = SystemTls.OPERATOR.server();

        central = AppProcess.start(ROOT, "central-scoring", logs, concat(List.of(
                "spring.datasource.url=jdbc:h2:file:" + work.resolve("central-" + run) + ";WRITE_DELAY=0",
                "smartstore.bootstrap.admin-password=central-admin",
                "smartstore.bootstrap.store-id=" + STORE_ID,
                "smartstore.bootstrap.store-token=" + STORE_TOKEN,
                "server.ssl.client-auth=want", "smartstore.stores.client-certificate=REQUIRED",
                "smartstore.tokens.private-key=e2e:" + Ed25519Keys.text(issuer.getPrivate())),
                SystemTls.serving(centralCertificate, certificates.resolve("central"), "central")));
        store = AppProcess.start(ROOT, "store-server", logs, concat(concat(List.of(
                "spring.datasource.url=jdbc:h2:file:" + work.resolve("store-" + run) + ";WRITE_DELAY=0",
                "smartstore.bootstrap.admin-password=store-admin",
                "smartstore.bootstrap.kiosk-token=" + KIOSK_TOKEN,
                "smartstore.cards.hash-secret=e2e-card-secret-0123456789",
                "smartstore.cards.loyalty-prefixes=628000",
                "smartstore.store.id=" + STORE_ID, "smartstore.store.country=FR", "smartstore.store.zone=Europe/Paris",
                "smartstore.central.url=" + central.url(), "smartstore.central.token=" + STORE_TOKEN,
                "smartstore.central.fleet-interval=5s",
                "smartstore.tokens.public-keys=e2e:" + Ed25519Keys.text(issuer.getPublic()),
                // one test's customer follows another's within seconds: the misuse rule is tested on its own (DailyFiguresTest)
                "smartstore.misuse.window=1s", "smartstore.misuse.max-per-minute=1000",
                "smartstore.relay.interval=1s",
                // the company's sign-in beside the store's own accounts
                "spring.security.oauth2.client.registration.company.client-id=" + io.smartstore.support.testing.TestIdentityProvider.CLIENT_ID,
                "spring.security.oauth2.client.registration.company.client-secret=" + io.smartstore.support.testing.TestIdentityProvider.CLIENT_SECRET,
                "spring.security.oauth2.client.registration.company.scope=openid",
                "spring.security.oauth2.client.provider.company.issuer-uri=" + company.issuer()),
                SystemTls.serving(storeCertificate, certificates.resolve("store"), "store")),
                SystemTls.trustingTheNextHop("smartstore.central.ssl-bundle", certificates.resolve("store-to-central"), STORE_CLIENT)));
        kiosk = AppProcess.start(ROOT, "kiosk-ui", logs, concat(List.of(
                "spring.datasource.url=jdbc:h2:file:" + work.resolve("kiosk-" + run) + ";WRITE_DELAY=0",
                "smartstore.store.url=" + store.url(), "smartstore.store.token=" + KIOSK_TOKEN,
                "smartstore.kiosk.card-reader.port=" + reader,
                "smartstore.kiosk.scanner.port=" + scannerPort,
                "smartstore.kiosk.camera.device=" + camera,
                "smartstore.kiosk.camera.frames-per-second=5",
                "smartstore.kiosk.idle-timeout=8s",
                "smartstore.kiosk.service-pin=1357",
                "smartstore.relay.interval=1s"),
                SystemTls.trustingTheNextHop("smartstore.store.ssl-bundle", certificates.resolve("kiosk-to-store"), null)));
        // the three start side by side, as after a power cut; each waits for the next hop by itself
        central.awaitHealthy(Duration.ofSeconds(90));
        assertThat(Http.call("PUT", central.url() + "/api/v1/stores/" + STORE_ID + "/client-certificate", "admin", "central-admin",
                "application/json", "{\"clientCertificateSha256\":\"" + STORE_CLIENT.sha256() + "\"}").statusCode()).isEqualTo(200);
        for (AppProcess app : List.of(store, kiosk)) {
            app.awaitHealthy(Duration.ofSeconds(90));
        }

        assertThat(JSON.readTree(Http.call("POST", store.url() + "/api/v1/admin/customers", "admin", "store-admin",
                "application/x-ndjson", CAMILLE).body()).path("imported").asInt()).isEqualTo(1);
        assertThat(Http.call("PUT", central.url() + "/api/v1/customer-base/FR", "admin", "central-admin", "application/json",
                "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":800000,\"PRO\":200000}}").statusCode()).isEqualTo(204);
        browser = Chromium.start(work.resolve("chromium-" + run), SystemTls.chromiumTrusting(centralCertificate, storeCertificate));
    }

    @AfterAll
    static void closeTheShop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (AutoCloseable closeable : new AutoCloseable[]{kiosk, store, central, cardReader, scanner, company}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void aSwipeAtTheKioskReachesTheManagersScoreAndCentralsWeightedNps() throws Exception {
        browser.get(kiosk.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
        await().atMost(Duration.ofSeconds(10)).until(() -> JSON.readTree(kioskHealth()).path("components").path("readers").path("details").path("card-reader").asString().equals("CONNECTED"));
        // the same for the kiosk PC's monitoring agent: the reader-down alert (deploy/prometheus) watches this
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(kiosk.url() + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(new Scrape(metrics).value("smartstore_reader_connected", "reader=\"card-reader\"")).isEqualTo(1);
        screenshot("kiosk-attract");
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> centralResponses(today) == dailyResponses(today)); // nothing in flight
        var dayBefore = JSON.readTree(Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + today, "admin", "store-admin", null, null).body());
        var consumerBefore = consumerAtCentral(today);

        cardReader.send("%B6280001000000014^MARTIN/CAMILLE^2812101000000000000?;6280001000000014=28121010000000000000?\r\n");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        String personal = browser.findElement(By.id("personal-screen")).getText();
        assertThat(personal).contains("Maison").contains("Fibre 2 Gb/s").contains("En déplacement").contains("Roaming refund"); // Camille reads French
        screenshot("kiosk-personal");

        browser.findElement(By.id("rate-visit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-9")));
        screenshot("kiosk-rating");
        browser.findElement(By.id("score-9")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reason-friendly_staff"))).click();
        screenshot("kiosk-reasons");
        browser.findElement(By.id("send-feedback")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
        screenshot("kiosk-thank-you");

        // her 9 is one more answer and one more promoter at the store, and in her segment (CONSUMER) at central
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var day = JSON.readTree(Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + today, "admin", "store-admin", null, null).body());
            assertThat(day.path("responses").asInt()).isEqualTo(dayBefore.path("responses").asInt() + 1);
            assertThat(day.path("promoters").asInt()).isEqualTo(dayBefore.path("promoters").asInt() + 1);
            assertThat(day.path("distribution").get(9).asInt()).isEqualTo(dayBefore.path("distribution").get(9).asInt() + 1);
            assertThat(day.path("recognitionRate").asDouble()).isBetween(0.0, 1.0); // the other tests' sessions count too
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var consumer = consumerAtCentral(today);
            assertThat(consumer.path("segment").asString()).isEqualTo("CONSUMER");
            assertThat(consumer.path("customers").asLong()).isEqualTo(800000);
            assertThat(consumer.path("weight").asDouble()).isEqualTo(1.0);
            assertThat(consumer.path("responses").asInt()).isEqualTo(consumerBefore.path("responses").asInt() + 1);
            assertThat(consumer.path("promoters").asInt()).isEqualTo(consumerBefore.path("promoters").asInt() + 1);
        });

        // the privacy reset: a few seconds after "thank you" the next person sees nothing of Camille
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camille");
    }

    @Test
    void aKeyboardWedgeScanReachesTheStoreAndAPersonTypingDoesNot() throws Exception {
        browser.get(kiosk.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));

        double recognitionsBefore = recognitions();
        for (char key : "hello".toCharArray()) { // a person: keys far apart (the pace is the input, not a wait)
            new Actions(browser).sendKeys(String.valueOf(key)).perform();
            Thread.sleep(150);
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        // a scanner in keyboard mode types the whole code at once: a forged app code, which the store refuses
        new Actions(browser).sendKeys("SS1.not-a-real-token-0123456789" + Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-screen")));
        assertThat(browser.findElement(By.id("message-screen")).getText()).contains("We couldn't sign you in");
        // the keys reach the kiosk in order: had the person's typing been taken for a scan, the store would have seen two attempts
        assertThat(recognitions() - recognitionsBefore).as("attempts that reached the store").isEqualTo(1);
        screenshot("kiosk-message");
    }

    @Test
    void withoutItsStoreTheKioskKeepsAnswersAndDeliversThemWhenTheStoreIsBack() throws Exception {
        WebDriverWait wait = attractScreen();
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        int before = dailyResponses(today);
        store.close(); // the store server goes down (network cut, maintenance)
        try {
            cardReader.send(";6280001000000014=2812101?\r\n");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-screen")));
            assertThat(browser.findElement(By.id("message-screen")).getText()).contains("We can't look you up right now");
            browser.findElement(By.xpath("//vaadin-button[text()='Continue without signing in']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("score-8"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("send-feedback"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxBacklog() > 0);
        } finally {
            store.restart().awaitHealthy(Duration.ofSeconds(90));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> dailyResponses(today) == before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxBacklog() == 0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static int dailyResponses(String day) throws Exception {
        return JSON.readTree(Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + day, "admin", "store-admin", null, null).body())
                .path("responses").asInt();
    }

    @Test
    void aCustomerRatesLaterOnTheirPhoneOnceOnly() throws Exception {
        WebDriverWait wait = attractScreen();
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        int before = dailyResponses(today);
        browser.findElement(By.id("language-fr")).click(); // she reads French: so will her phone
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("continue-anonymously"), "Continuer"));
        browser.findElement(By.id("continue-anonymously")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rate-later"))).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-survey-code")));

        // the phone's camera: the QR code as the screen shows it, read by ZXing once the image has painted
        String link = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> readQrCode(code), java.util.Objects::nonNull); // not painted yet, or caught mid-paint: look again
        screenshot("kiosk-phone-survey");
        assertThat(link).contains("/survey/");
        String onThePhone = store.url() + link.substring(link.indexOf("/survey/"));

        browser.get(onThePhone);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Quelle est la probabilité"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phone-score-10"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Qu'avez-vous apprécié"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phone-reason-quick_service"))).click();
        browser.findElement(By.cssSelector("#phone-comment textarea")).sendKeys("Très rapide");
        browser.findElement(By.id("phone-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Merci !"));
        await().atMost(Duration.ofSeconds(10)).until(() -> dailyResponses(today) == before + 1);

        browser.get(onThePhone);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "déjà été utilisé"));
    }

    /** The QR code an element shows, as a phone's camera reads it; null while it cannot be read. */
    /**
     * What a phone's camera would read off the element: the screenshot as it is, then twice as large, with either of
     * ZXing's binarizers (a code drawn at a size that is no whole multiple of its modules has edges of uneven width).
     * A picture nothing can read is kept in target/e2e/ for whoever looks into it.
     */
    private static String readQrCode(WebElement code) throws java.io.IOException {
        byte[] png = code.getScreenshotAs(OutputType.BYTES);
        var picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        var twice = new java.awt.image.BufferedImage(picture.getWidth() * 2, picture.getHeight() * 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var pen = twice.createGraphics();
        pen.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        pen.drawImage(picture, 0, 0, twice.getWidth(), twice.getHeight(), null);
        pen.dispose();
        for (var image : List.of(picture, twice)) {
            var luminance = new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image);
            for (var bitmap : List.of(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(luminance)),
                    new com.google.zxing.BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(luminance)))) {
                try {
                    return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                            java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (com.google.zxing.ReaderException notThisWay) {
                    // the next way
                }
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/e2e"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/e2e/ticket-phone-code-unread.png"), png);
        return null;
    }

    @Test
    void theJourneyCanBeDoneWithTheKeyboardAlone() throws Exception {
        attractScreen();
        pressTabUntilFocused("continue-anonymously").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-screen")));
        pressTabUntilFocused("score-9").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("reasons-screen")));
        pressTabUntilFocused("send-feedback").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
    }

    /** Tabs through the page, as a keyboard user does, until the element is focused (at most 60 presses). */
    private static WebElement pressTabUntilFocused(String id) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(id + " cannot be reached with the Tab key");
    }

    @Test
    void staffSeeEachReaderOnTheServiceScreen() throws Exception {
        browser.get(kiosk.url() + "/service");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#service-pin input"))).sendKeys("1357" + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader-card-reader")));
        assertThat(browser.findElement(By.id("reader-card-reader")).getText()).contains("connected");
        assertThat(browser.findElement(By.id("reader-scanner")).getText()).contains("connected");
        assertThat(browser.findElement(By.id("outbox-backlog")).getText()).contains("waiting");
        screenshot("kiosk-service");
    }

    @Test
    void everyScreenOfTheJourneyPassesAnAutomatedAccessibilityCheck() throws Exception {
        WebDriverWait wait = attractScreen();
        Map<String, List<String>> violations = new java.util.LinkedHashMap<>();
        violations.put("attract", concat(Axe.seriousViolations(browser), Axe.smallTargets(browser)));
        cardReader.send(";6280001000000014=2812101?\r\n");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personal-screen")));
        violations.put("personal", concat(Axe.seriousViolations(browser), Axe.smallTargets(browser)));
        browser.findElement(By.id("rate-visit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-7")));
        violations.put("rating", concat(Axe.seriousViolations(browser), Axe.smallTargets(browser)));
        browser.findElement(By.id("score-7")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send-feedback")));
        violations.put("reasons", concat(Axe.seriousViolations(browser), Axe.smallTargets(browser)));
        browser.findElement(By.id("send-feedback")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
        violations.put("thank you", Axe.seriousViolations(browser));
        browser.get(kiosk.url());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("talk-to-adviser"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sphere-choice-screen")));
        violations.put("sphere choice", concat(Axe.seriousViolations(browser), Axe.smallTargets(browser)));

        assertThat(violations).allSatisfy((screen, found) -> assertThat(found).as(screen).isEmpty());
    }

    @Test
    void aCustomerAsksForAnAdviserAndSeesTheirTurnCome() throws Exception {
        WebDriverWait wait = attractScreen();
        browser.findElement(By.id("talk-to-adviser")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sphere-home")));
        screenshot("kiosk-sphere-choice");
        browser.findElement(By.id("sphere-home")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number")));
        String ticket = browser.findElement(By.id("ticket-number")).getText();
        assertThat(ticket).matches("H-\\d{3}");
        assertThat(browser.findElement(By.id("ticket-status")).getText()).containsPattern("about \\d+–\\d+ min");
        screenshot("kiosk-ticket");

        // the customer's phone: the ticket screen's QR code opens the ticket's page, which follows the queue
        WebElement phoneCode = browser.findElement(By.id("ticket-phone-code"));
        String link = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> readQrCode(phoneCode), java.util.Objects::nonNull);
        assertThat(link).contains("/ticket/");
        String kioskTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String phoneTab = browser.getWindowHandle();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(store.url() + link.substring(link.indexOf("/ticket/")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phone-ticket"), ticket));
        assertThat(browser.findElement(By.id("phone-status")).getText()).containsPattern("about \\d+–\\d+ min");
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the ticket on a phone").isEmpty();
        screenshot("phone-ticket");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
        browser.switchTo().window(kioskTab);

        if (Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"julie\",\"password\":\"julie-e2e-password\",\"roles\":[\"ADVISER\"],\"displayName\":\"Julie\"}")
                .statusCode() == 201) {
            assertThat(Http.call("PUT", store.url() + "/api/v1/advisers/me/duty", "julie", "julie-e2e-password", "application/json",
                    "{\"onDuty\":true,\"desk\":\"3\",\"spheres\":[\"HOME\",\"WORK\",\"WELLBEING\",\"MOBILE\"]}").statusCode()).isEqualTo(204);
        }
        tools.jackson.databind.JsonNode called;
        do { // an adviser calls the queue in order until this ticket's turn comes
            called = JSON.readTree(Http.call("POST", store.url() + "/api/v1/queue/next", "julie", "julie-e2e-password", "application/json", "{}").body());
        } while (!called.path("ticket").asString().equals(ticket) && called.path("status").asString().equals("CALLED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-status"), "It's your turn: Julie"));

        browser.switchTo().window(phoneTab);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phone-status"), "Desk 3, Julie is waiting for you."));
        tap(browser.findElement(By.id("phone-on-my-way")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phone-status"), "Desk 3"));
        await().atMost(Duration.ofSeconds(5)).until(() -> onTheWay(ticket));
        screenshot("phone-ticket-called");

        browser.get(store.url() + "/ticket/forged-" + ticket); // a made-up link: a plain page, nothing of anyone's ticket
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "This link does not work"));
        assertThat(browser.findElements(By.id("phone-status"))).isEmpty();
        browser.close();
        browser.switchTo().window(kioskTab);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
    }

    /** Whether the floor sees that a called ticket's customer said "I'm on my way". */
    private static boolean onTheWay(String ticket) throws Exception {
        for (tools.jackson.databind.JsonNode served : JSON.readTree(Http.call("GET", store.url() + "/api/v1/queue", "julie", "julie-e2e-password",
                null, null).body()).path("inService")) {
            if (served.path("ticket").asString().equals(ticket)) {
                return served.path("onTheWay").asBoolean();
            }
        }
        return false;
    }

    @Test
    void anAdviserOnTheFloorCallsARecognisedCustomerAndTheKioskAndTheDisplayShowTheDesk() throws Exception {
        Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"marc\",\"password\":\"marc-e2e-password\",\"roles\":[\"ADVISER\"],\"displayName\":\"Marc\"}");
        String kioskTab = browser.getWindowHandle();
        emptyTheQueue(); // whatever other tests left waiting: Camille's ticket is then the next one
        WebDriverWait wait = attractScreen();
        cardReader.send(";6280001000000014=2812101?\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        browser.findElement(By.id("talk-to-adviser")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sphere-home"))).click();
        String ticket = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-number"))).getText();

        // the adviser's tablet
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String floorTab = browser.getWindowHandle();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024)); // a tablet, upright
        browser.get(store.url() + "/floor");
        signIn(wait, "marc", "marc-e2e-password");
        WebElement desk = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#duty-desk input")));
        desk.clear();
        desk.sendKeys("4");
        browser.findElement(By.id("duty-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty-status"), "On duty at desk 4"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), ticket));
        assertThat(browser.findElement(By.id("waiting")).getText()).contains("Camille");
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the floor view").isEmpty();
        screenshot("store-floor");
        // a tablet held sideways (820 px): the navigation is a drawer and the call backs fit, their buttons on screen
        assertThat(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, ("{\"responses\":[{\"id\":\"%s\",\"score\":2,"
                + "\"reasons\":[\"WAIT_TIME\",\"ADVICE\",\"PROBLEM_NOT_SOLVED\"],\"comment\":\"%s\",\"answeredAt\":\"%s\"}]}")
                .formatted(java.util.UUID.randomUUID(), "I waited forty minutes and nobody could explain the new bill to me, please call me back ".repeat(3).strip(),
                        java.time.Instant.now())).statusCode()).isEqualTo(200);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow-ups-title")));
        wait.until(driver -> driver.findElement(By.tagName("vaadin-app-layout")).getAttribute("overlay") != null);
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("no sideways scrolling at 820 px").isLessThanOrEqualTo(0);
        for (WebElement button : browser.findElements(By.cssSelector(".follow-up-list td vaadin-button"))) {
            if (button.isDisplayed()) {
                assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", button)).doubleValue())
                        .as(button.getText() + " within the screen").isLessThanOrEqualTo(820);
            }
        }
        screenshot("store-floor-tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // and on a phone
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call-next")));
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the floor view on a phone").isEmpty();
        screenshot("store-floor-phone");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));

        // the shop's display
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String displayTab = browser.getWindowHandle();
        browser.get(store.url() + "/display");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("now-calling")));

        browser.switchTo().window(floorTab);
        tap(browser.findElement(By.id("call-next")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), ticket));
        long called = System.nanoTime();
        // before the greeting: who she is, what she has, what to suggest
        assertThat(browser.findElement(By.id("customer-context")).getText()).contains("Camille").contains("Fibre 2 Gb/s");

        browser.switchTo().window(displayTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("now-calling"), ticket));
        assertThat(browser.findElement(By.id("display-" + ticket)).getText()).contains("desk 4").doesNotContain("Camille");
        assertThat(Axe.seriousViolations(browser)).as("the display").isEmpty();
        screenshot("store-display");

        browser.switchTo().window(kioskTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-status"), "Marc"));
        assertThat(browser.findElement(By.id("ticket-status")).getText()).contains("4");
        long kioskSaw = System.nanoTime();

        browser.switchTo().window(floorTab);
        tap(browser.findElement(By.id("start")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "being served"));
        tap(browser.findElement(By.id("outcome")));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[text()='Resolved']"))).click();
        tap(browser.findElement(By.id("finish")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "Nobody yet"));
        var status = JSON.readTree(Http.bearer("GET", store.url() + "/api/v1/queue/" + ticket, KIOSK_TOKEN, null).body());
        assertThat(status.path("status").asString()).isEqualTo("DONE");
        System.out.printf("call to kiosk ticket screen: %d ms (one sample, including tab switches)%n", (kioskSaw - called) / 1_000_000);
        tap(browser.findElement(By.id("duty-toggle"))); // off duty

        // Camille rates the visit from her ticket screen: the answer is linked to Marc
        browser.switchTo().window(kioskTab);
        browser.findElement(By.id("rate-ticket")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-9"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send-feedback"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
        // nine more answers for his visit, through the API (from ten, an adviser has a figure of their own)
        java.time.ZonedDateTime night = LocalDate.now(ZoneId.of("Europe/Paris")).atTime(2, 0).atZone(ZoneId.of("Europe/Paris"));
        for (int i = 0; i < 9; i++) {
            assertThat(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, "{\"responses\":[{\"id\":\"%s\",\"ticket\":\"%s\",\"score\":10,\"answeredAt\":\"%s\"}]}"
                    .formatted(java.util.UUID.randomUUID(), ticket, night.plusSeconds(30L * i).toInstant())).statusCode()).isEqualTo(200);
        }
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var day = JSON.readTree(Http.call("GET", store.url() + "/api/v1/scores/daily?date=" + today, "admin", "store-admin", null, null).body());
            var marc = java.util.stream.StreamSupport.stream(day.path("byAdviser").spliterator(), false)
                    .filter(adviser -> adviser.path("adviser").asString().equals("Marc")).findFirst().orElseThrow();
            assertThat(marc.path("responses").asInt()).isEqualTo(10);
            assertThat(marc.path("nps").asDouble()).isEqualTo(100.0);
            assertThat(day.path("waits").path("served").asInt()).isGreaterThanOrEqualTo(1);
        });

        // the next time she signs in, the visit is in her history with its outcome
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
        cardReader.send(";6280001000000014=2812101?\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        assertThat(browser.findElement(By.id("personal-screen")).getText()).contains("Marc").contains("Résolu");
        browser.findElement(By.id("done")).click();

        browser.switchTo().window(floorTab);
        browser.close();
        browser.switchTo().window(displayTab);
        browser.close();
        browser.switchTo().window(kioskTab);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
    }

    @Test
    void anUnhappyCustomerStillInTheShopIsPushedToTheFloorAndAnAdviserTakesItThere() throws Exception {
        Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"ines\",\"password\":\"ines-e2e-password\",\"roles\":[\"ADVISER\"],\"displayName\":\"Inès\"}");
        WebDriverWait wait = attractScreen();
        String kioskTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String floorTab = browser.getWindowHandle();
        browser.get(store.url() + "/floor");
        signIn(wait, "ines", "ines-e2e-password");
        WebElement desk = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#duty-desk input")));
        desk.clear();
        desk.sendKeys("5");
        browser.findElement(By.id("duty-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty-status"), "On duty at desk 5"));

        // Camille, recognised at the kiosk, is unhappy and agrees to be called back
        browser.switchTo().window(kioskTab);
        cardReader.send(";6280001000000014=2812101?\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        browser.findElement(By.id("rate-visit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-2"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("call-back"))).click();
        browser.findElement(By.cssSelector("#comment textarea")).sendKeys("Ma box ne marche plus");
        browser.findElement(By.id("send-feedback")).click();
        long sent = System.nanoTime();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));

        // every floor on duty is told, with what she said: no reload, no click
        browser.switchTo().window(floorTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("in-the-shop"), "Ma box ne marche plus"));
        System.out.printf("kiosk answer to the floor: %d ms (one sample, including a tab switch)%n", (System.nanoTime() - sent) / 1_000_000);
        assertThat(browser.findElement(By.id("in-the-shop")).getText()).contains("Camille gave 2");
        screenshot("store-floor-in-the-shop");
        tap(browser.findElement(By.cssSelector("#in-the-shop vaadin-button[id^='take-now-']")));
        await().atMost(Duration.ofSeconds(5)).until(() -> java.util.stream.StreamSupport.stream(JSON.readTree(Http.call("GET",
                        store.url() + "/api/v1/follow-ups", "ines", "ines-e2e-password", null, null).body()).spliterator(), false)
                .anyMatch(followUp -> followUp.path("comment").asString().equals("Ma box ne marche plus")
                        && followUp.path("owner").asString().equals("ines")));
        tap(browser.findElement(By.id("duty-toggle"))); // off duty
        browser.close();
        browser.switchTo().window(kioskTab);
    }

    @Test
    void aScoreTappedThenAbandonedOnTheReasonsScreenIsCountedOnceAtTheStoreAndAtCentral() throws Exception {
        WebDriverWait wait = attractScreen();
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> centralResponses(today) == dailyResponses(today)); // nothing in flight
        int atStore = dailyResponses(today);
        int atCentral = centralResponses(today);
        browser.findElement(By.id("continue-anonymously")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-4"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasons-screen")));
        // the customer walks away: the idle timeout (8 s here) brings back the attract screen
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));

        await().atMost(Duration.ofSeconds(30)).until(() -> dailyResponses(today) == atStore + 1 && centralResponses(today) == atCentral + 1);
        // and not a second time: once both outboxes are empty nothing more is sent, and it is still there once
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxBacklog() == 0 && relayBacklog() == 0);
        assertThat(dailyResponses(today)).isEqualTo(atStore + 1);
        assertThat(centralResponses(today)).isEqualTo(atCentral + 1);
    }

    @Test
    void aCustomerTypingALongCommentIsNeverSentBackToTheStart() throws Exception {
        WebDriverWait wait = attractScreen();
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        int before = dailyResponses(today);
        browser.findElement(By.id("continue-anonymously")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score-7"))).click();
        WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comment textarea")));
        // 12 seconds of slow typing, a key a second: half as long again as the idle timeout (8 s), which every key restarts
        String typed = "the wait was long but the advice was good";
        long start = System.nanoTime();
        for (char key : typed.toCharArray()) {
            if (Duration.ofNanos(System.nanoTime() - start).toSeconds() >= 12) {
                break;
            }
            comment.sendKeys(String.valueOf(key));
            Thread.sleep(1000); // the typist's pace: the input itself
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(12));
        assertThat(browser.findElements(By.id("reasons-screen"))).as("still on the reasons screen").hasSize(1);
        browser.findElement(By.id("send-feedback")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thank-you-screen")));
        await().atMost(Duration.ofSeconds(20)).until(() -> dailyResponses(today) == before + 1);
    }

    /** Recognition attempts the store has seen, whatever their result. */
    private static double recognitions() throws Exception {
        return new io.smartstore.support.testing.Scrape(Http.call("GET", store.url() + "/actuator/prometheus", "admin", "store-admin", null, null).body())
                .sum("smartstore_recognitions_total");
    }

    /** The store's answers waiting for central. */
    private static long relayBacklog() throws Exception {
        return JSON.readTree(Http.call("GET", store.url() + "/actuator/health", "admin", "store-admin", null, null).body())
                .path("components").path("central").path("details").path("backlog").asLong(-1);
    }

    private static long outboxBacklog() throws Exception {
        return JSON.readTree(kioskHealth()).path("components").path("outbox").path("details").path("backlog").asLong();
    }

    /** Calls every waiting ticket at a desk of its own and marks it a no-show, until nobody waits (through the API, as an adviser). */
    private static void emptyTheQueue() throws Exception {
        Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"sweeper\",\"password\":\"sweeper-e2e-password\",\"roles\":[\"ADVISER\"],\"displayName\":\"Sam\"}");
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> next = Http.call("POST", store.url() + "/api/v1/queue/next", "sweeper", "sweeper-e2e-password",
                    "application/json", "{\"desk\":\"99\"}");
            if (next.statusCode() == 404) {
                return; // queue_empty
            }
            String called = JSON.readTree(next.body()).path("ticket").asString();
            assertThat(Http.call("POST", store.url() + "/api/v1/queue/" + called + "/no-show", "sweeper", "sweeper-e2e-password",
                    "application/json", null).statusCode()).isEqualTo(200);
        }
        throw new AssertionError("the queue did not empty");
    }

    /** A finger on the element: scrolled to the middle of the screen first, as a person would. */
    private static void tap(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Central's figures for the CONSUMER segment in France on a day (a missing node before any answer). */
    private static tools.jackson.databind.JsonNode consumerAtCentral(String day) throws Exception {
        var france = JSON.readTree(Http.call("GET", central.url() + "/api/v1/scores?from=" + day + "&to=" + day + "&country=FR",
                "admin", "central-admin", null, null).body()).path("countries").path(0);
        for (var segment : france.path("segments")) {
            if (segment.path("segment").asString().equals("CONSUMER")) {
                return segment;
            }
        }
        return JSON.missingNode();
    }

    private static int centralResponses(String day) throws Exception {
        var scores = JSON.readTree(Http.call("GET",
                central.url() + "/api/v1/scores?from=" + day + "&to=" + day + "&country=FR", "admin", "central-admin", null, null).body());
        return scores.path("countries").isEmpty() ? 0 : scores.path("countries").get(0).path("responses").asInt();
    }

    @Test
    void aCustomerWhoWalksAwayIsForgottenByTheScreen() throws Exception {
        WebDriverWait wait = attractScreen();
        cardReader.send(";6280001000000014=2812101?\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
        String page = browser.getPageSource() + browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("Camille").doesNotContain("Fibre 2 Gb/s");
    }

    @Test
    void anAppCodeAtTheSerialScannerRecognisesTheCustomer() throws Exception {
        WebDriverWait wait = attractScreen();
        String token = Http.call("POST", central.url() + "/api/v1/tokens", "admin", "central-admin", "application/json",
                "{\"customerRef\":\"C-000123\"}").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        scanner.send(token + "\r");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        browser.findElement(By.id("done")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen"))); // the next person, in the kiosk's language

        scanner.send(token + "\r"); // the same code again: a screenshot, a copy
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-screen")));
        assertThat(browser.findElement(By.id("message-screen")).getText()).contains("already used");
    }

    @Test
    void anAppCodeShownToTheCameraRecognisesTheCustomer() throws Exception {
        WebDriverWait wait = attractScreen();
        HttpResponse<byte[]> png = java.net.http.HttpClient.newBuilder().sslContext(SystemTls.trusting()).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(central.url() + "/api/v1/tokens"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:central-admin".getBytes()))
                .header("Content-Type", "application/json").header("Accept", "image/png")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"customerRef\":\"C-000123\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            showToCamera(png.body());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Bonjour Camille"));
        } finally {
            showToCamera(blankPicture());
        }
    }

    @Test
    void aBankCardSwipedByMistakeIsRefusedAndLeavesNoTrace() throws Exception {
        WebDriverWait wait = attractScreen();
        String bankCard = "4970101234567893"; // a payment card number (Luhn-valid), not a loyalty prefix
        cardReader.send("%B" + bankCard + "^DOE/JANE^2812101000000000000?;" + bankCard + "=28121010000000000000?\r\n");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-screen")));
        assertThat(browser.findElement(By.id("message-screen")).getText()).contains("bank card");

        for (AppProcess app : List.of(kiosk, store, central)) { // let them write what they would write
            Http.call("GET", app.url() + "/actuator/health", "admin", "x", null, null);
        }
        try (var files = Files.walk(work)) {
            List<Path> traces = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".log") || file.toString().endsWith(".db"))
                    .filter(file -> contains(file, bankCard) || contains(file, "DOE/JANE"))
                    .toList();
            assertThat(traces).as("files holding the bank card's number").isEmpty();
        }
    }

    @Test
    void headquartersEnrolsAStoreWhoseTokenThenWorksUntilRevoked() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.get(central.url() + "/stores");
        signIn(wait, "admin", "wrong-password");
        wait.until(ExpectedConditions.urlContains("error"));
        signIn(wait, "admin", "central-admin");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-nav")));
        assertThat(browser.findElement(By.id("staff-nav")).getText()).contains("Stores").contains("App code");
        assertThat(Axe.seriousViolations(browser)).as("central's stores page").isEmpty();

        WebElement storeId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#store-id input")));
        storeId.sendKeys("FR-NEW-01");
        browser.findElement(By.id("enrol-store")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("store-token"), "Token for FR-NEW-01"));
        String token = browser.findElement(By.id("store-token")).getText().replaceAll(".*: ", "").strip();

        String batch = "{\"storeId\":\"FR-NEW-01\",\"country\":\"FR\",\"responses\":[]}";
        // central requires each store's client certificate: the token alone is not enough until it is bound
        TestCertificates.Issued newStore = SystemTls.OPERATOR.client("FR-NEW-01");
        HttpResponse<String> unbound = Http.bearer(newStore, "POST", central.url() + "/api/v1/responses", token, batch);
        assertThat(unbound.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(unbound.body()).path("code").asString()).isEqualTo("client_certificate_mismatch");
        assertThat(Http.call("PUT", central.url() + "/api/v1/stores/FR-NEW-01/client-certificate", "admin", "central-admin", "application/json",
                "{\"clientCertificateSha256\":\"" + newStore.sha256() + "\"}").statusCode()).isEqualTo(200);
        assertThat(Http.bearer(newStore, "POST", central.url() + "/api/v1/responses", token, batch).statusCode()).isEqualTo(200);

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#store-list vaadin-button[aria-label='Revoke FR-NEW-01']"))).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Http.bearer(newStore, "POST", central.url() + "/api/v1/responses", token, batch).statusCode()).isEqualTo(401));

        browser.get(central.url() + "/uploads");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-base-upload")));
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("central's uploads page").isEmpty();

        browser.get(central.url() + "/storez");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-found")));
        assertThat(browser.findElement(By.id("staff-nav")).getText()).contains("Stores");

        browser.get(central.url() + "/app-code");
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-code")));
        wait.until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth", code)).intValue() > 100);
        screenshot("central-app-code");
    }

    @Test
    void aManagerEnrolsAKioskWhoseTokenThenWorksUntilRevoked() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.get(store.url() + "/kiosks");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        assertThat(Axe.seriousViolations(browser)).as("the store's sign-in page").isEmpty();
        signIn(wait, "admin", "store-admin");
        wait.until(ExpectedConditions.urlContains("/kiosks"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-nav")));
        assertThat(browser.findElement(By.id("staff-nav")).getText()).contains("The day").contains("Kiosks");
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the kiosks page").isEmpty();

        WebElement kioskId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kiosk-id input")));
        kioskId.sendKeys("kiosk-2");
        browser.findElement(By.id("enrol-kiosk")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kiosk-token"), "Token for kiosk-2"));
        String token = browser.findElement(By.id("kiosk-token")).getText().replaceAll(".*: ", "").strip();

        assertThat(Http.bearer("POST", store.url() + "/api/v1/sessions", token, "{\"recognised\":false}").statusCode()).isEqualTo(204);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kiosk-list vaadin-button[aria-label='Revoke kiosk-2']"))).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Http.bearer("POST", store.url() + "/api/v1/sessions", token, "{\"recognised\":false}").statusCode()).isEqualTo(401));

        browser.get(store.url() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nps")));
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the manager's day").isEmpty();

        // a mistyped address: a plain "not found" inside the staff layout, the menu still there
        browser.get(store.url() + "/kiosksz");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-found")));
        assertThat(browser.findElement(By.id("page-not-found")).getText()).contains("This page does not exist");
        assertThat(browser.findElement(By.id("staff-nav")).getText()).contains("Kiosks");
    }

    @Test
    void aManagerReadsYesterdayFiltersTheDetractorsClosesACallBackAndDownloadsTheAnswers() throws Exception {
        assertThat(Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"nina\",\"password\":\"nina-e2e-password\",\"roles\":[\"MANAGER\"],\"displayName\":\"Nina\","
                        + "\"email\":\"nina@shop.example\"}").statusCode()).isBetween(200, 204);
        // yesterday at the shop, answered at the kiosk a minute apart: 16 promoters, 8 passives, 10 detractors, two of whom wrote
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.LocalDate yesterday = java.time.LocalDate.now(paris).minusDays(1);
        List<Integer> scores = new java.util.ArrayList<>();
        StringBuilder batch = new StringBuilder("{\"responses\":[");
        for (int i = 0; i < 34; i++) {
            int score = i < 16 ? 9 + i % 2 : i < 24 ? 7 + i % 2 : i % 7;
            scores.add(score);
            String comment = i == 24 ? "\"Forty minutes for a SIM card\"" : i == 30 ? "\"The adviser did not know the offer\"" : i == 3 ? "\"Lovely shop\"" : "null";
            String reasons = score <= 6 ? (i % 2 == 0 ? "[\"WAIT_TIME\"]" : "[\"WAIT_TIME\",\"ADVICE\"]") : score <= 8 ? "[\"PRICE\"]" : "[\"FRIENDLY_STAFF\"]";
            batch.append(i == 0 ? "" : ",").append("{\"id\":\"%s\",\"score\":%d,\"reasons\":%s,\"comment\":%s,\"answeredAt\":\"%s\"}".formatted(
                    java.util.UUID.randomUUID(), score, reasons, comment, yesterday.atTime(10, 0).atZone(paris).plusMinutes(i).toInstant()));
        }
        assertThat(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, batch.append("]}").toString()).statusCode()).isEqualTo(200);
        // and the 55 days before, 12 answers a day, for the trend
        java.util.Random random = new java.util.Random(28);
        List<Integer> lastTwentyEight = new java.util.ArrayList<>(scores);
        List<Integer> twentyEightBefore = new java.util.ArrayList<>();
        for (int half = 0; half < 2; half++) {
            StringBuilder past = new StringBuilder("{\"responses\":[");
            for (int back = 1 + 28 * half; back <= Math.min(55, 28 + 28 * half); back++) {
                for (int i = 0; i < 12; i++) {
                    int score = Math.min(10, random.nextInt(11) + (back <= 27 ? 2 : 0)); // better lately
                    (back <= 27 ? lastTwentyEight : twentyEightBefore).add(score);
                    past.append(past.length() > 15 ? "," : "").append("{\"id\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"}".formatted(
                            java.util.UUID.randomUUID(), score, yesterday.minusDays(back).atTime(11, 0).atZone(paris).plusMinutes(5L * i).toInstant()));
                }
            }
            assertThat(Http.bearer("POST", store.url() + "/api/v1/feedback", KIOSK_TOKEN, past.append("]}").toString()).statusCode()).isEqualTo(200);
        }
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        double p = (double) promoters / scores.size();
        double d = (double) detractors / scores.size();
        long nps = Math.round(100 * (p - d));
        long margin = Math.round(100 * 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / scores.size()));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(store.url() + "/");
        signIn(wait, "nina", "nina-e2e-password");
        tap(wait.until(ExpectedConditions.elementToBeClickable(By.id("day-yesterday"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nps-detail"), scores.size() + " answers"));
        assertThat(browser.findElement(By.id("nps")).getText()).isEqualTo("+" + nps);
        assertThat(browser.findElement(By.id("nps-detail")).getText()).isEqualTo("±%d points (95%%), %d answers: %d promoters, %d passives, %d detractors"
                .formatted(margin, scores.size(), promoters, scores.size() - promoters - detractors, detractors));
        long trendNow = Math.round(100.0 * (lastTwentyEight.stream().filter(x -> x >= 9).count() - lastTwentyEight.stream().filter(x -> x <= 6).count())
                / lastTwentyEight.size());
        long trendBefore = Math.round(100.0 * (twentyEightBefore.stream().filter(x -> x >= 9).count() - twentyEightBefore.stream().filter(x -> x <= 6).count())
                / twentyEightBefore.size());
        assertThat(browser.findElement(By.id("trend-sentence")).getText()).startsWith("Last 28 days: %+d, ".formatted(trendNow))
                .contains("on the 28 days before (%+d)".formatted(trendBefore));
        assertThat(browser.findElements(By.cssSelector("#trend-chart circle.day"))).as("a point for each day of the 28").hasSize(28);

        assertThat(browser.findElement(By.xpath("//table[@id='reasons']/tbody/tr[1]")).getText()).startsWith("Waiting time " + detractors);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("store-day");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        // printed, it fits one A4 sheet
        var a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(((org.openqa.selenium.PrintsPage) browser).print(a4).getContent());
        Files.write(work.resolve("store-day.pdf"), pdf);
        assertThat(java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .results().count()).as("pages printed").isEqualTo(1);
        // why: only the detractors' comments
        assertThat(browser.findElement(By.id("comments")).getText()).contains("Lovely shop").contains("Forty minutes");
        tap(browser.findElement(By.cssSelector("#detractors-only input")));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Lovely shop")));
        assertThat(browser.findElement(By.id("comments")).getText()).contains("Forty minutes").contains("did not know the offer");
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the manager's day").isEmpty();

        // whom to call back: take the one about the SIM card, then close it with an outcome and a note
        By take = By.xpath("//table[@id='follow-ups']//tr[contains(., 'Forty minutes')]//vaadin-button[normalize-space(.)='Take']");
        tap(wait.until(ExpectedConditions.elementToBeClickable(take)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//table[@id='follow-ups']//tr[contains(., 'Forty minutes')]"), "nina"));
        tap(browser.findElement(By.xpath("//table[@id='follow-ups']//tr[contains(., 'Forty minutes')]//vaadin-button[normalize-space(.)='Close…']")));
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#follow-up-note textarea")));
        note.sendKeys("Called back, offered a credit");
        browser.findElement(By.id("follow-up-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//table[@id='follow-ups']//tr[contains(., 'Forty minutes')]")));
        tools.jackson.databind.JsonNode closed = JSON.readTree(Http.call("GET", store.url() + "/api/v1/follow-ups?status=CLOSED", "nina", "nina-e2e-password", null, null).body());
        tools.jackson.databind.JsonNode sim = java.util.stream.StreamSupport.stream(closed.spliterator(), false)
                .filter(f -> "Forty minutes for a SIM card".equals(f.path("comment").asString())).findFirst().orElseThrow();
        assertThat(sim.path("owner").asString()).isEqualTo("nina");
        assertThat(sim.path("outcome").asString()).isEqualTo("RESOLVED");

        // the day's answers as CSV, fetched from the link the page offers, with the manager's own session
        String href = browser.findElement(By.id("download-csv")).getAttribute("href");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));", href);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).contains("score");
        assertThat(lines).hasSize(scores.size() + 1);
        assertThat(csv).doesNotContain("Forty minutes");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        browser.get(store.url() + "/?date=" + yesterday); // the morning e-mail's link
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nps-detail"), scores.size() + " answers"));
        screenshot("store-day-tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void anAnalystReadsTheGroupDrillsDownToAStoreAndExportsACsv() throws Exception {
        assertThat(Http.call("POST", central.url() + "/api/v1/staff", "admin", "central-admin", "application/json",
                "{\"username\":\"helene\",\"password\":\"helene-e2e-password\",\"roles\":[\"ANALYST\"],\"displayName\":\"Hélène\"}")
                .statusCode()).isEqualTo(201);
        assertThat(Http.call("PUT", central.url() + "/api/v1/customer-base/BE", "admin", "central-admin", "application/json",
                "{\"asOf\":\"2026-11-01\",\"segments\":{\"CONSUMER\":300000,\"PRO\":100000}}").statusCode()).isEqualTo(204);
        TestCertificates.Issued brussels = SystemTls.OPERATOR.client("BE-E2E-01"); // bound at provisioning
        HttpResponse<String> provisioned = Http.call("POST", central.url() + "/api/v1/stores", "admin", "central-admin", "application/json",
                "{\"storeId\":\"BE-E2E-01\",\"country\":\"BE\",\"zone\":\"Europe/Brussels\",\"clientCertificateSha256\":\"" + brussels.sha256() + "\"}");
        assertThat(provisioned.statusCode()).isEqualTo(201);
        String token = JSON.readTree(provisioned.body()).path("token").asString();
        // today in Brussels: 40 consumer answers (+25) and 10 from professionals (+40)
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        List<int[]> plan = List.of(new int[]{20, 10, 0}, new int[]{10, 8, 0}, new int[]{10, 3, 0}, new int[]{6, 9, 1}, new int[]{2, 7, 1}, new int[]{2, 0, 1});
        StringBuilder batch = new StringBuilder("{\"storeId\":\"BE-E2E-01\",\"country\":\"BE\",\"responses\":[");
        String separator = "";
        for (int[] part : plan) {
            for (int i = 0; i < part[0]; i++) {
                batch.append(separator).append("{\"id\":\"%s\",\"segment\":\"%s\",\"score\":%d,\"answeredAt\":\"%sT09:00:00Z\",\"localDate\":\"%s\",\"recognised\":true}"
                        .formatted(java.util.UUID.randomUUID(), part[2] == 0 ? "CONSUMER" : "PRO", part[1], today, today));
                separator = ",";
            }
        }
        assertThat(Http.bearer(brussels, "POST", central.url() + "/api/v1/responses", token, batch.append("]}").toString()).statusCode()).isEqualTo(200);
        // the independent recount (scoring.md): weights 0.75 and 0.25 of the customers
        double consumer = 100.0 * (20 - 10) / 40;
        double pro = 100.0 * (6 - 2) / 10;
        double weighted = 0.75 * consumer + 0.25 * pro;
        double varianceConsumer = (20 + 10) / 40.0 - Math.pow((20 - 10) / 40.0, 2);
        double variancePro = (6 + 2) / 10.0 - Math.pow((6 - 2) / 10.0, 2);
        double margin = 100 * 1.96 * Math.sqrt(0.75 * 0.75 * varianceConsumer / 40 + 0.25 * 0.25 * variancePro / 10);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        browser.get(central.url() + "/");
        signIn(wait, "helene", "helene-e2e-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("headline-nps")));
        tools.jackson.databind.JsonNode group = JSON.readTree(Http.call("GET", central.url() + "/api/v1/scores?from=" + today.minusDays(27) + "&to=" + today,
                "helene", "helene-e2e-password", null, null).body()).path("group");
        assertThat(browser.findElement(By.id("headline-nps")).getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%+.1f", group.path("nps").asDouble()));
        assertThat(browser.findElement(By.id("headline-detail")).getText()).contains(group.path("responses").asLong() + " answers");
        assertThat(concat(Axe.seriousViolations(browser), Axe.smallTargets(browser))).as("the dashboard").isEmpty();
        screenshot("central-dashboard");

        // the countries table as CSV, with the analyst's own session
        String href = browser.findElement(By.id("csv-countries")).getAttribute("href");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));", href);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Country").contains("Weighted NPS");
        assertThat(csv.lines().filter(line -> line.startsWith("BE,"))).singleElement()
                .satisfies(line -> assertThat(line).contains(String.format(java.util.Locale.ROOT, "%+.1f", weighted)));

        // group → Belgium → consumers → the store → its day
        tap(browser.findElement(By.xpath("//table[@id='countries']//a[normalize-space(.)='BE']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("headline-detail"), "BE:"));
        assertThat(browser.findElement(By.id("headline-nps")).getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%+.1f", weighted));
        assertThat(browser.findElement(By.id("headline-detail")).getText())
                .startsWith(String.format(java.util.Locale.ROOT, "BE: weighted NPS ±%.1f points (95%%), 50 answers", margin));
        screenshot("central-dashboard-country");
        tap(browser.findElement(By.xpath("//table[@id='segments']//a[normalize-space(.)='consumer']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("segment-stores")));
        assertThat(browser.findElement(By.xpath("//table[@id='segment-stores']//tr[contains(., 'BE-E2E-01')]")).getText()).contains("40").contains("+25.0");
        tap(browser.findElement(By.xpath("//table[@id='segment-stores']//a[normalize-space(.)='BE-E2E-01']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("store-days")));
        assertThat(browser.findElement(By.xpath("//table[@id='store-days']//tr[contains(., '" + today + "')]")).getText()).contains("40").contains("+25.0");
        assertThat(Axe.seriousViolations(browser)).as("a store's days").isEmpty();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void theSixthSignInAfterFiveWrongPasswordsIsRefusedWithAPlainMessage() throws Exception {
        assertThat(Http.call("POST", store.url() + "/api/v1/staff", "admin", "store-admin", "application/json",
                "{\"username\":\"forgetful\",\"password\":\"forgetful-right-1\",\"roles\":[\"MANAGER\"],\"displayName\":\"Forgetful\"}")
                .statusCode()).isEqualTo(201);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            browser.get(store.url() + "/login");
            signIn(wait, "forgetful", "wrong-" + i);
            wait.until(ExpectedConditions.urlContains("error"));
        }
        browser.get(store.url() + "/login");
        signIn(wait, "forgetful", "forgetful-right-1");
        wait.until(ExpectedConditions.urlContains("locked"));
        // the form's error, as its component shows it (the message lies in the form's shadow DOM)
        wait.until(driver -> "Too many attempts".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const form = document.querySelector('vaadin-login-form'); return form && form.error ? form.i18n.errorMessage.title : null")));
        screenshot("sign-in-locked");
    }

    @Test
    void anAdviserSignsInWithTheCompanyAccountAtTheProvidersOwnPage() throws Exception {
        company.allowApp(store.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(store.url() + "/login");
        browser.manage().deleteAllCookies();
        browser.get(store.url() + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("company-sign-in"))).click();
        wait.until(ExpectedConditions.urlContains(company.issuer() + "/login"));
        providerSignIn(wait, "lea.company", "lea-company-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".staff-user"), "Léa Company"));
        assertThat(browser.getCurrentUrl()).startsWith(store.url());
        screenshot("company-signed-in");

        // signing out ends the session at the provider too (RP-initiated logout): back on the store's sign-in page,
        // and the company's sign-in asks for the password again instead of letting the person straight back in
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.urlToBe(store.url() + "/login?logout"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("company-sign-in"))).click();
        wait.until(ExpectedConditions.urlContains(company.issuer() + "/login"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).isDisplayed()).isTrue();
        screenshot("company-signed-out");
    }

    @Test
    void theStoreAndHeadquartersSeeTheKioskAliveWithItsVersionAndReaders() throws Exception {
        // the kiosk's heartbeat, over the same verified TLS as its other calls: its readers as the store's Kiosks page shows them
        await().atMost(Duration.ofSeconds(40)).until(() -> kioskOnTheFleet().path("version").isString());
        var kiosk = kioskOnTheFleet();
        assertThat(kiosk.path("state").asString()).isEqualTo("ONLINE");
        assertThat(kiosk.path("version").asString()).isEqualTo(System.getProperty("smartstore.version"));
        java.util.Map<String, String> readers = new java.util.TreeMap<>();
        kiosk.path("readers").forEach(reader -> readers.put(reader.path("name").asString(), reader.path("state").asString()));
        assertThat(readers).containsEntry("card-reader", "CONNECTED").containsEntry("scanner", "CONNECTED").containsEntry("nfc-reader", "ABSENT");

        // the store reports itself and its kiosks to central through its relay's verified TLS, with its client certificate
        await().atMost(Duration.ofSeconds(40)).ignoreExceptions().until(() -> storeAtHeadquarters().path("kiosks").size() > 0
                && storeAtHeadquarters().path("kiosks").get(0).path("version").isString());
        var store = storeAtHeadquarters();
        assertThat(store.path("state").asString()).isEqualTo("ONLINE");
        assertThat(store.path("version").asString()).isEqualTo(System.getProperty("smartstore.version"));
        assertThat(store.path("databaseBytes").asLong()).as("the store's H2 file").isPositive();
        assertThat(store.path("freeDiskBytes").asLong()).isPositive();
        assertThat(store.path("kiosks").get(0).path("kioskId").asString()).isEqualTo("kiosk-1");
        assertThat(store.path("kiosks").get(0).path("state").asString()).isEqualTo("ONLINE");
    }

    private static tools.jackson.databind.JsonNode storeAtHeadquarters() throws Exception {
        for (var one : JSON.readTree(Http.call("GET", central.url() + "/api/v1/fleet?country=FR", "admin", "central-admin", null, null).body())
                .path("stores")) {
            if (one.path("storeId").asString().equals(STORE_ID)) {
                return one;
            }
        }
        throw new AssertionError(STORE_ID + " is not on headquarters' fleet");
    }

    private static tools.jackson.databind.JsonNode kioskOnTheFleet() throws Exception {
        for (var kiosk : JSON.readTree(Http.call("GET", store.url() + "/api/v1/fleet/kiosks", "admin", "store-admin", null, null).body())) {
            if (kiosk.path("kioskId").asString().equals("kiosk-1")) {
                return kiosk;
            }
        }
        throw new AssertionError("kiosk-1 is not on the store's fleet");
    }

    /** The provider's own sign-in form (Spring Security's default page). */
    private static void providerSignIn(WebDriverWait wait, String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password + Keys.ENTER);
    }

    private static void signIn(WebDriverWait wait, String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password + Keys.ENTER);
    }

    private static boolean contains(Path file, String text) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)
                    || new String(bytes, java.nio.charset.StandardCharsets.UTF_16BE).contains(text)
                    || new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait attractScreen() {
        browser.get(kiosk.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attract-screen")));
        return wait;
    }

    /** Puts a picture before the kiosk's camera (a still image the camera reader re-reads every frame). */
    private static void showToCamera(byte[] png) throws java.io.IOException {
        Path next = camera.resolveSibling(camera.getFileName() + ".next");
        Files.write(next, png);
        Files.move(next, camera, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] blankPicture() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String kioskHealth() throws Exception {
        HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(kiosk.url() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return health.body();
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(work.resolve(name + ".png"), png);
    }
}
