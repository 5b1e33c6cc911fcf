package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;

import io.smartstore.store.StoreSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The queue of the day: take a ticket, see where it stands, call the next one. */
@Service
public class Tickets {

    private final JdbcClient jdbc;
    private final TicketCounter counter;
    private final Clock clock;
    private final StoreSettings settings;
    private final WaitEstimator estimator;

    Tickets(JdbcClient jdbc, Clock clock, StoreSettings settings, TicketCounter counter, QueueSettings queue) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.clock = clock;
        this.settings = settings;
        this.estimator = new WaitEstimator(queue.defaultServiceTime(), queue.advisersOnDuty());
    }

    @Transactional
    public QueueTicket take(String sphere, String topic, UUID visitId) {
        LocalDate today = today();
        String letter = sphere.substring(0, 1).toUpperCase(Locale.ROOT);
        String id = "%s-%03d".formatted(letter, counter.next(today, letter));
        jdbc.sql("INSERT INTO TICKET (ID, LOCAL_DATE, SPHERE, TOPIC, VISIT_ID, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, ?, 'WAITING', ?)")
                .params(id, today, sphere, topic, visitId, now()).update();
        return status(id).orElseThrow();
    }

    /** The sphere and the adviser of a ticket of that day, for the answer that rates it. */
    public Optional<TicketFacts> facts(String id, LocalDate day) {
        return jdbc.sql("SELECT SPHERE, ADVISER FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(id, day)
                .query(TicketFacts.class).optional();
    }

    /** The latest ticket a recognised visit took, if it took one. */
    public Optional<TicketFacts> factsOfVisit(UUID visitId) {
        return jdbc.sql("SELECT SPHERE, ADVISER FROM TICKET WHERE VISIT_ID = ? ORDER BY CREATED_AT DESC FETCH FIRST 1 ROWS ONLY")
                .param(visitId).query(TicketFacts.class).optional();
    }

    public Optional<QueueTicket> status(String id) {
        record Row(String id, String status, OffsetDateTime createdAt, String adviser, String desk) {
        }
        return jdbc.sql("SELECT ID, STATUS, CREATED_AT, ADVISER, DESK FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?")
                .params(id, today()).query(Row.class).optional().map(row -> {
                    if (!"WAITING".equals(row.status())) {
                        return new QueueTicket(row.id(), row.status(), 0, null, row.adviser(), row.desk());
                    }
                    int ahead = jdbc.sql("SELECT COUNT(*) FROM TICKET WHERE STATUS = 'WAITING' AND LOCAL_DATE = ? AND CREATED_AT < ?")
                            .params(today(), row.createdAt()).query(Integer.class).single();
                    return new QueueTicket(row.id(), "WAITING", ahead + 1, estimator.estimate(ahead, intervalsBetweenCallsToday()), null, null);
                });
    }

    /** An adviser at a desk calls the longest-waiting ticket. */
    @Transactional
    public Optional<QueueTicket> callNext(String adviser, String desk) {
        Optional<String> next = jdbc.sql("SELECT ID FROM TICKET WHERE STATUS = 'WAITING' AND LOCAL_DATE = ? ORDER BY CREATED_AT, ID FETCH FIRST 1 ROWS ONLY")
                .param(today()).query(String.class).optional();
        next.ifPresent(id -> jdbc.sql("UPDATE TICKET SET STATUS = 'CALLED', CALLED_AT = ?, ADVISER = ?, DESK = ? WHERE ID = ? AND LOCAL_DATE = ?")
                .params(now(), adviser, desk, id, today()).update());
        return next.flatMap(this::status);
    }

    /** The times between today's consecutive calls: how often an adviser became free. */
    private List<Duration> intervalsBetweenCallsToday() {
        List<OffsetDateTime> calls = jdbc.sql("SELECT CALLED_AT FROM TICKET WHERE LOCAL_DATE = ? AND CALLED_AT IS NOT NULL ORDER BY CALLED_AT")
                .param(today()).query((rs, i) -> rs.getObject("CALLED_AT", OffsetDateTime.class)).list();
        List<Duration> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            gaps.add(Duration.between(calls.get(i - 1), calls.get(i)));
        }
        return gaps;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** What an answer inherits from the ticket it rates. */
    public record TicketFacts(String sphere, String adviser) {
    }

}
