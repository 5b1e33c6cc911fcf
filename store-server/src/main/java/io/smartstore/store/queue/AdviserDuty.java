package io.smartstore.store.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Who is on the floor now: the advisers who said so, at a desk, for some spheres. Nobody is on duty by configuration. */
@Repository
public class AdviserDuty {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdviserDuty(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void onDuty(String username, String desk, List<String> spheres) {
        jdbc.sql("DELETE FROM ADVISER_DUTY WHERE USERNAME = ?").param(username).update();
        jdbc.sql("INSERT INTO ADVISER_DUTY (USERNAME, DESK, SPHERES, SINCE) VALUES (?, ?, ?, ?)")
                .params(username, desk, String.join(",", spheres), clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    public void offDuty(String username) {
        jdbc.sql("DELETE FROM ADVISER_DUTY WHERE USERNAME = ?").param(username).update();
    }

    public Optional<Duty> of(String username) {
        return jdbc.sql("SELECT USERNAME, DESK, SPHERES FROM ADVISER_DUTY WHERE USERNAME = ?").param(username)
                .query((rs, i) -> new Duty(rs.getString(1), rs.getString(2), Arrays.asList(rs.getString(3).split(","))))
                .optional();
    }

    /** The advisers on duty now who serve this sphere. */
    public int countServing(String sphere) {
        return (int) jdbc.sql("SELECT SPHERES FROM ADVISER_DUTY").query(String.class).list().stream()
                .filter(spheres -> Arrays.asList(spheres.split(",")).contains(sphere)).count();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM ADVISER_DUTY").query(Integer.class).single();
    }

    /** An adviser on duty: where, and for which spheres. */
    public record Duty(String username, String desk, List<String> spheres) {
    }
}
