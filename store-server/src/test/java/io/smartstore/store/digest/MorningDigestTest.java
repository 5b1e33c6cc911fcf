package io.smartstore.store.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.MutableClock;
import io.smartstore.store.feedback.FeedbackIngest;
import io.smartstore.support.staff.StaffUsers;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning e-mail through a real SMTP server (GreenMail, started by the test): not before
 * 08:00 local, then once, to the managers with an address, with yesterday's figures recounted
 * from what the test sent, the detractors' top reasons, the overdue call backs and the link.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:file:./target/test-db/digest-${random.uuid}",
        "smartstore.digest.check-interval=1h", "smartstore.misuse.window=1ms"})
@ActiveProfiles("test")
class MorningDigestTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate YESTERDAY = LocalDate.parse("2026-11-26");
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-27T06:30:00Z")); // 07:30 in Paris
    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MorningDigest digest;
    @Autowired
    FeedbackIngest ingest;
    @Autowired
    StaffUsers staff;
    @Autowired
    io.smartstore.store.fleet.KioskFleet kiosks;

    @Test
    void yesterdaysDigestGoesOnceAfterEightToTheManagersWithTheRightFigures() throws Exception {
        staff.add("nina", "nina-password-1", List.of("MANAGER"), "Nina", "nina@shop.example");
        staff.add("marc", "marc-password-1", List.of("MANAGER"), "Marc", null);
        staff.add("lea", "lea-password-1", List.of("ADVISER"), "Léa", "lea@shop.example");
        // yesterday: 10 promoters, 4 passives, 6 detractors (6 cite the wait, 2 the price as well), one of whom wrote
        List<Integer> scores = new ArrayList<>();
        List<FeedbackResponse> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int score = i < 10 ? 10 : i < 14 ? 7 : 2;
            scores.add(score);
            List<String> reasons = score == 2 ? (i < 16 ? List.of("WAIT_TIME", "PRICE") : List.of("WAIT_TIME")) : List.of("PRODUCT");
            answers.add(FeedbackResponse.atKiosk(UUID.randomUUID(), null, score, reasons, i == 19 ? "Camille Martin, 0612345678: nobody came" : null,
                    YESTERDAY.atTime(11, 0).atZone(PARIS).toInstant().plusSeconds(60L * i), "fr"));
        }
        // three days ago, a detractor who wrote: due two days later, overdue now
        answers.add(FeedbackResponse.atKiosk(UUID.randomUUID(), null, 1, List.of("ADVICE"), "wrong advice",
                Instant.parse("2026-11-24T09:00:00Z"), "fr"));
        ingest.store(new FeedbackBatch(answers), "kiosk-1");
        // yesterday at 10:00 in Paris kiosk-1's card reader came loose, and was back five minutes later
        CLOCK.set(YESTERDAY.atTime(10, 0).atZone(PARIS).toInstant());
        kiosks.heartbeat("kiosk-1", heartbeat(io.smartstore.protocol.wire.Heartbeat.ReaderState.DISCONNECTED));
        CLOCK.set(YESTERDAY.atTime(10, 5).atZone(PARIS).toInstant());
        kiosks.heartbeat("kiosk-1", heartbeat(io.smartstore.protocol.wire.Heartbeat.ReaderState.CONNECTED));
        CLOCK.set(Instant.parse("2026-11-27T06:30:00Z"));

        assertThat(digest.sendIfDue()).as("07:30 in Paris: too early").isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        CLOCK.set(Instant.parse("2026-11-27T07:05:00Z")); // 08:05 in Paris
        assertThat(digest.sendIfDue()).isTrue();
        assertThat(digest.sendIfDue()).as("once a day").isFalse();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)).containsExactly("nina@shop.example");

        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        long nps = Math.round(100.0 * (promoters - detractors) / scores.size());
        assertThat(mail.getSubject()).startsWith("FR-TEST-01, 2026-11-26: NPS +" + nps + " ± ").endsWith(", 20 answers");
        String text = part(mail, "text/plain");
        assertThat(text).contains("20 answers: 10 promoters, 4 passives, 6 detractors.")
                .contains("Indicative only: fewer than 30 answers.")
                .contains("What detractors cited most: Waiting time (6), Price (2).")
                .contains("1 call back is overdue, the oldest due Thu 26 Nov 10:00.")
                .contains("Kiosk problems: kiosk-1 DEGRADED at 10:00 (card-reader disconnected).")
                .contains("http://localhost:8081/?date=2026-11-26");
        assertThat(text).as("no names, numbers or comments in an e-mail").doesNotContain("Camille").doesNotContain("0612345678")
                .doesNotContain("wrong advice");
        String html = part(mail, "text/html");
        assertThat(html).contains("href=\"http://localhost:8081/?date=2026-11-26\"").doesNotContain("Camille");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/digest.html"), html); // for the README's screenshot
    }

    private static io.smartstore.protocol.wire.Heartbeat heartbeat(io.smartstore.protocol.wire.Heartbeat.ReaderState cardReader) {
        return new io.smartstore.protocol.wire.Heartbeat("1.0.0", YESTERDAY.atTime(8, 0).atZone(PARIS).toInstant(),
                List.of(new io.smartstore.protocol.wire.Heartbeat.Reader("card-reader", cardReader, null)),
                new io.smartstore.protocol.wire.Heartbeat.Outbox(0L, null));
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        return find((Multipart) mail.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
