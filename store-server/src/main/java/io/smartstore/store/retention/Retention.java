package io.smartstore.store.retention;

import io.smartstore.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Forgets what the store no longer needs, every hour: comments (answers' and call backs',
 * with the call back's note and customer), the link from an answer or a ticket to its visit
 * and the visit itself (who came), kiosk sessions, tickets and the kiosks' changes of state — each after its period in
 * {@link RetentionSettings}, counted in the store's local days.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final JdbcClient jdbc;
    private final RetentionSettings periods;
    private final StoreSettings store;
    private final Clock clock;

    Retention(JdbcClient jdbc, RetentionSettings periods, StoreSettings store, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.store = store;
        this.clock = clock;
    }

    /** What one round forgot. */
    public record Forgotten(int comments, int followUps, int visits, int sessions, int tickets) {
        int total() {
            return comments + followUps + visits + sessions + tickets;
        }
    }

    @Scheduled(fixedDelayString = "${smartstore.retention.interval:1h}", initialDelayString = "${smartstore.retention.interval:1h}")
    void everyHour() {
        Forgotten forgotten = forget();
        if (forgotten.total() > 0) {
            log.info("retention: forgot {} comments, {} call backs, {} visits, {} kiosk sessions, {} tickets",
                    forgotten.comments(), forgotten.followUps(), forgotten.visits(), forgotten.sessions(), forgotten.tickets());
        }
    }

    @Transactional
    public Forgotten forget() {
        LocalDate today = LocalDate.now(clock.withZone(store.store().zone()));
        int comments = jdbc.sql("UPDATE FEEDBACK SET COMMENT_TEXT = NULL WHERE COMMENT_TEXT IS NOT NULL AND LOCAL_DATE < ?")
                .param(before(today, periods.comments())).update();
        int followUps = jdbc.sql("DELETE FROM FOLLOW_UP WHERE LOCAL_DATE < ?").param(before(today, periods.comments())).update();
        LocalDate visitsBefore = before(today, periods.visits());
        jdbc.sql("UPDATE FEEDBACK SET VISIT_ID = NULL WHERE VISIT_ID IS NOT NULL AND LOCAL_DATE < ?").param(visitsBefore).update();
        jdbc.sql("UPDATE TICKET SET VISIT_ID = NULL WHERE VISIT_ID IS NOT NULL AND LOCAL_DATE < ?").param(visitsBefore).update();
        jdbc.sql("DELETE FROM PHONE_SURVEY WHERE EXPIRES_AT < ?").param(start(visitsBefore)).update();
        int visits = jdbc.sql("DELETE FROM VISIT WHERE STARTED_AT < ?").param(start(visitsBefore)).update();
        int sessions = jdbc.sql("DELETE FROM KIOSK_SESSION WHERE LOCAL_DATE < ?").param(before(today, periods.sessions())).update();
        LocalDate ticketsBefore = before(today, periods.tickets());
        int tickets = jdbc.sql("DELETE FROM TICKET WHERE LOCAL_DATE < ?").param(ticketsBefore).update();
        jdbc.sql("DELETE FROM TICKET_COUNTER WHERE LOCAL_DATE < ?").param(ticketsBefore).update();
        // the kiosks' changes of state are the shop's operations, kept as long as its tickets
        jdbc.sql("DELETE FROM KIOSK_STATE_CHANGE WHERE AT < ?").param(start(ticketsBefore)).update();
        return new Forgotten(comments, followUps, visits, sessions, tickets);
    }

    private static LocalDate before(LocalDate today, Period period) {
        return today.minus(period);
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(store.store().zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
