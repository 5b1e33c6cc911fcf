package io.smartstore.store.digest;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.fleet.KioskFleet;
import io.smartstore.store.fleet.KioskStateChange;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.scores.DailyScoreService;
import io.smartstore.store.scores.TrendService;
import io.smartstore.support.staff.StaffUsers;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Sends yesterday's digest once the store's local time passes {@code smartstore.digest.time}:
 * once per day (a row per day, claimed before sending, released if the SMTP server refuses),
 * caught up later that day if the server was down at the hour. Without an SMTP server
 * ({@code spring.mail.host}) or anyone to send to, it says so once in the log and waits.
 */
@Service
public class MorningDigest {

    private static final Logger log = LoggerFactory.getLogger(MorningDigest.class);
    private final DailyScoreService scores;
    private final TrendService trends;
    private final FollowUps followUps;
    private final StaffUsers staff;
    private final StoreSettings store;
    private final DigestSettings settings;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final KioskFleet kiosks;
    private boolean saidWhyNot;

    MorningDigest(DailyScoreService scores, TrendService trends, FollowUps followUps, StaffUsers staff, StoreSettings store,
                  DigestSettings settings, JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Clock clock, KioskFleet kiosks) {
        this.kiosks = kiosks;
        this.scores = scores;
        this.trends = trends;
        this.followUps = followUps;
        this.staff = staff;
        this.store = store;
        this.settings = settings;
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /** Checked every minute; sends at most one e-mail per store-day. Returns whether it sent one now. */
    @Scheduled(fixedDelayString = "${smartstore.digest.check-interval:1m}", initialDelayString = "${smartstore.digest.check-interval:1m}")
    public boolean sendIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(store.store().zone()));
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        if (now.toLocalTime().isBefore(settings.time()) || sent(yesterday)) {
            return false;
        }
        JavaMailSender sender = mail.getIfAvailable();
        List<String> recipients = recipients();
        if (sender == null || recipients.isEmpty()) {
            if (!saidWhyNot) {
                log.info("the morning digest is not sent: {}", sender == null ? "no SMTP server (spring.mail.host)"
                        : "nobody to send it to (smartstore.digest.recipients, or a manager with an e-mail address)");
                saidWhyNot = true;
            }
            return false;
        }
        if (!claim(yesterday, recipients.size())) {
            return false;
        }
        try {
            send(sender, digestOf(yesterday), recipients);
            log.info("morning digest for {} sent to {} recipients", yesterday, recipients.size());
            return true;
        } catch (MailException | MessagingException refused) {
            jdbc.sql("DELETE FROM DIGEST_SENT WHERE LOCAL_DATE = ?").param(yesterday).update();
            log.warn("morning digest for {} not sent, will try again: {}", yesterday, refused.getClass().getSimpleName());
            return false;
        }
    }

    Digest digestOf(LocalDate day) {
        return new Digest(store.store().id(), day, scores.of(day), trends.between(day.minusDays(Digest.TREND_DAYS - 1), day).change(),
                followUps.overdueSince(), kioskProblems(day), store.store().publicUrl() + "/?date=" + day);
    }

    private List<KioskStateChange> kioskProblems(LocalDate day) {
        ZoneId zone = store.store().zone();
        return kiosks.changes(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(change -> change.state() == FleetState.OFFLINE || change.state() == FleetState.DEGRADED).toList();
    }

    private void send(JavaMailSender sender, Digest digest, List<String> recipients) throws MessagingException {
        var message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setTo(recipients.toArray(String[]::new));
        helper.setFrom("smart-store@" + store.store().id().toLowerCase(java.util.Locale.ROOT) + ".invalid");
        helper.setSubject(DigestMail.subject(digest));
        helper.setText(DigestMail.text(digest, store.store().zone()), DigestMail.html(digest, store.store().zone()));
        sender.send(message);
    }

    /** The configured addresses, or every active manager's. */
    List<String> recipients() {
        if (!settings.recipients().isEmpty()) {
            return settings.recipients();
        }
        return staff.all().stream().filter(account -> account.active() && account.roles().contains("MANAGER") && account.email() != null
                && !account.email().isBlank()).map(StaffUsers.Account::email).toList();
    }

    private boolean sent(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM DIGEST_SENT WHERE LOCAL_DATE = ?").param(day).query(Integer.class).single() > 0;
    }

    private boolean claim(LocalDate day, int recipients) {
        try {
            return jdbc.sql("INSERT INTO DIGEST_SENT (LOCAL_DATE, SENT_AT, RECIPIENTS) VALUES (?, ?, ?)")
                    .params(day, clock.instant().atOffset(ZoneOffset.UTC), recipients).update() == 1;
        } catch (DuplicateKeyException anotherInstance) {
            return false;
        }
    }
}
