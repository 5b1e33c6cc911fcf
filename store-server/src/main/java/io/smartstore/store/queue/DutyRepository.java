package io.smartstore.store.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Who said they are on the floor, in ADVISER_DUTY and DUTY_SPHERE. */
@Repository
class DutyRepository {

    private final JdbcClient jdbc;

    DutyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String username, String desk, Instant since, List<String> spheres) {
        jdbc.sql("INSERT INTO ADVISER_DUTY (USERNAME, DESK, SINCE) VALUES (?, ?, ?)").params(username, desk, since.atOffset(ZoneOffset.UTC)).update();
        for (int position = 0; position < spheres.size(); position++) {
            jdbc.sql("INSERT INTO DUTY_SPHERE (USERNAME, POSITION, SPHERE) VALUES (?, ?, ?)").params(username, position, spheres.get(position)).update();
        }
    }

    void delete(String username) {
        jdbc.sql("DELETE FROM DUTY_SPHERE WHERE USERNAME = ?").param(username).update();
        jdbc.sql("DELETE FROM ADVISER_DUTY WHERE USERNAME = ?").param(username).update();
    }

    Optional<AdviserDuty.Duty> find(String username) {
        List<String> spheres = jdbc.sql("SELECT SPHERE FROM DUTY_SPHERE WHERE USERNAME = ? ORDER BY POSITION").param(username).query(String.class).list();
        return jdbc.sql("SELECT USERNAME, DESK FROM ADVISER_DUTY WHERE USERNAME = ?").param(username)
                .query((rs, i) -> new AdviserDuty.Duty(rs.getString(1), rs.getString(2), spheres))
                .optional();
    }

    /** Each adviser on duty and the spheres they serve, in their order. */
    java.util.Map<String, List<String>> spheresOnDuty() {
        java.util.Map<String, List<String>> spheres = new java.util.HashMap<>();
        jdbc.sql("SELECT d.USERNAME, s.SPHERE FROM ADVISER_DUTY d LEFT JOIN DUTY_SPHERE s ON s.USERNAME = d.USERNAME ORDER BY s.POSITION")
                .query(rs -> {
                    List<String> served = spheres.computeIfAbsent(rs.getString(1), username -> new java.util.ArrayList<>());
                    if (rs.getString(2) != null) {
                        served.add(rs.getString(2));
                    }
                });
        return spheres;
    }

    int countServing(String sphere) {
        return jdbc.sql("SELECT COUNT(*) FROM DUTY_SPHERE WHERE SPHERE = ?").param(sphere).query(Integer.class).single();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM ADVISER_DUTY").query(Integer.class).single();
    }
}
