package io.smartstore.store.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Who is on the floor now: the advisers who said so, at a desk, for some spheres. Nobody is on duty by configuration. */
@Repository
public class AdviserDuty {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AdviserDuty(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void onDuty(String username, String desk, List<String> spheres) {
        offDuty(username);
        jdbc.sql("INSERT INTO ADVISER_DUTY (USERNAME, DESK, SINCE) VALUES (?, ?, ?)")
                .params(username, desk, clock.instant().atOffset(ZoneOffset.UTC)).update();
        List<String> served = spheres.stream().distinct().toList();
        for (int position = 0; position < served.size(); position++) {
            jdbc.sql("INSERT INTO DUTY_SPHERE (USERNAME, POSITION, SPHERE) VALUES (?, ?, ?)").params(username, position, served.get(position)).update();
        }
        events.publishEvent(new QueueChanged(null)); // the waits change with who is on the floor
    }

    @Transactional
    public void offDuty(String username) {
        jdbc.sql("DELETE FROM DUTY_SPHERE WHERE USERNAME = ?").param(username).update();
        jdbc.sql("DELETE FROM ADVISER_DUTY WHERE USERNAME = ?").param(username).update();
        events.publishEvent(new QueueChanged(null));
    }

    public Optional<Duty> of(String username) {
        List<String> spheres = jdbc.sql("SELECT SPHERE FROM DUTY_SPHERE WHERE USERNAME = ? ORDER BY POSITION").param(username).query(String.class).list();
        return jdbc.sql("SELECT USERNAME, DESK FROM ADVISER_DUTY WHERE USERNAME = ?").param(username)
                .query((rs, i) -> new Duty(rs.getString(1), rs.getString(2), spheres))
                .optional();
    }

    /** The advisers on duty now who serve this sphere. */
    public int countServing(String sphere) {
        return jdbc.sql("SELECT COUNT(*) FROM DUTY_SPHERE WHERE SPHERE = ?").param(sphere).query(Integer.class).single();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM ADVISER_DUTY").query(Integer.class).single();
    }

    /** An adviser on duty: where, and for which spheres. */
    public record Duty(String username, String desk, List<String> spheres) {
    }
}
