package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.StoreSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor as the estimator needs it, read when a ticket is taken and each time one is looked at (so the promise
 * moves with the queue): the older tickets still waiting, who is on duty for which spheres and what they hold, and
 * how long today's tickets took an adviser, sphere by sphere.
 */
@Component
class WaitForecasts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StoreSettings settings;
    private final WaitEstimator estimator;

    WaitForecasts(JdbcClient jdbc, Clock clock, StoreSettings settings, QueueSettings queue) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.estimator = new WaitEstimator(queue.defaultServiceTime());
    }

    /** The range for today's ticket {@code id} in {@code sphere}, waiting since {@code since} (null: taken now). */
    QueueTicket.Wait forecast(String id, String sphere, OffsetDateTime since) {
        LocalDate today = LocalDate.now(clock.withZone(settings.store().zone()));
        List<String> ahead = jdbc.sql("SELECT SPHERE FROM TICKET WHERE LOCAL_DATE = ? AND STATUS = 'WAITING' AND ID <> ?"
                        + (since == null ? "" : " AND (CREATED_AT < ? OR (CREATED_AT = ? AND ID < ?))") + " ORDER BY CREATED_AT, ID")
                .params(since == null ? List.of(today, id) : List.of(today, id, since, since, id)).query(String.class).list();
        return estimator.estimate(id, sphere, ahead, advisers(today), occupied(today));
    }

    /** The ranges of today's waiting tickets, given oldest first: the floor's, read once for all of them. */
    List<QueueTicket.Wait> forecastInOrder(List<String> ids, List<String> spheres) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.store().zone()));
        List<WaitEstimator.Adviser> advisers = advisers(today);
        Map<String, List<Duration>> occupied = occupied(today);
        List<QueueTicket.Wait> ranges = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ranges.add(estimator.estimate(ids.get(i), spheres.get(i), spheres.subList(0, i), advisers, occupied));
        }
        return ranges;
    }

    private List<WaitEstimator.Adviser> advisers(LocalDate today) {
        Map<String, List<String>> spheres = new HashMap<>();
        jdbc.sql("SELECT d.USERNAME, s.SPHERE FROM ADVISER_DUTY d LEFT JOIN DUTY_SPHERE s ON s.USERNAME = d.USERNAME ORDER BY s.POSITION")
                .query(rs -> {
                    List<String> served = spheres.computeIfAbsent(rs.getString(1), username -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        served.add(rs.getString(2));
                    }
                });
        record Held(String username, String sphere, OffsetDateTime calledAt) {
        }
        Map<String, Held> held = new HashMap<>();
        jdbc.sql("SELECT ADVISER_USERNAME AS USERNAME, SPHERE, CALLED_AT FROM TICKET WHERE LOCAL_DATE = ? AND STATUS IN ('CALLED', 'SERVING') ORDER BY CALLED_AT")
                .param(today).query(Held.class).list().forEach(ticket -> held.put(ticket.username(), ticket));
        return spheres.entrySet().stream().map(adviser -> {
            Held holding = held.get(adviser.getKey());
            return holding == null ? WaitEstimator.Adviser.free(adviser.getValue())
                    : new WaitEstimator.Adviser(adviser.getValue(), holding.sphere(), Duration.between(holding.calledAt().toInstant(), clock.instant()));
        }).toList();
    }

    /** How long each of today's finished tickets took its adviser, from the call to the end (served, or not come). */
    private Map<String, List<Duration>> occupied(LocalDate today) {
        Map<String, List<Duration>> bySphere = new HashMap<>();
        jdbc.sql("SELECT SPHERE, CALLED_AT, FINISHED_AT FROM TICKET WHERE LOCAL_DATE = ? AND STATUS IN ('DONE', 'NO_SHOW') AND CALLED_AT IS NOT NULL")
                .param(today).query(rs -> {
                    bySphere.computeIfAbsent(rs.getString(1), sphere -> new ArrayList<>()).add(Duration.between(
                            rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)));
                });
        return bySphere;
    }
}
