package io.smartstore.store.migration;

import io.smartstore.support.testing.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store database written before lists became tables (schema V10, comma-joined text) keeps
 * every answer, reason, role and sphere on duty through V11–V13; an answer kept with an empty
 * reason text gets no reason at all.
 */
class ListsAsTablesMigrationTest {

    final SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:file:./target/test-db/lists-" + UUID.randomUUID() + "", "sa", "");
    final JdbcClient jdbc = JdbcClient.create(database);

    @Test
    void everyListItemBecomesARowAndEmptyTextBecomesNothing() {
        Flyway.configure().dataSource(database).target("10").load().migrate();
        UUID none = answer(null), empty = answer(""), one = answer("WAIT_TIME"), several = answer("WAIT_TIME,ADVICE,PRICE");
        jdbc.sql("INSERT INTO STAFF_USER (USERNAME, PASSWORD_HASH, ROLES) VALUES ('lea', 'x', 'ADVISER,MANAGER')").update();
        jdbc.sql("INSERT INTO ADVISER_DUTY (USERNAME, DESK, SPHERES, SINCE) VALUES ('lea', '3', 'HOME,MOBILE', CURRENT_TIMESTAMP)").update();

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM FEEDBACK").query(Long.class).single()).as("every answer kept").isEqualTo(4);
        assertThat(reasonsOf(none)).isEmpty();
        assertThat(reasonsOf(empty)).as("an empty text is no reason").isEmpty();
        assertThat(reasonsOf(one)).containsExactly("WAIT_TIME");
        assertThat(reasonsOf(several)).as("in the order chosen").containsExactly("WAIT_TIME", "ADVICE", "PRICE");
        assertThat(jdbc.sql("SELECT ROLE FROM STAFF_ROLE WHERE USERNAME = 'lea' ORDER BY POSITION").query(String.class).list())
                .containsExactly("ADVISER", "MANAGER");
        assertThat(jdbc.sql("SELECT SPHERE FROM DUTY_SPHERE WHERE USERNAME = 'lea' ORDER BY POSITION").query(String.class).list())
                .containsExactly("HOME", "MOBILE");
        Map<String, Object> columns = jdbc.sql("SELECT COUNT(*) AS N FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND UPPER(COLUMN_NAME) IN ('REASONS', 'ROLES', 'SPHERES')")
                .query().singleRow();
        assertThat(((Number) columns.values().iterator().next()).longValue()).as("no comma-joined column left").isZero();
    }

    private UUID answer(String reasons) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO FEEDBACK (ID, KIOSK_ID, SCORE, REASONS, ANSWERED_AT, LOCAL_DATE, LOCAL_HOUR, RECOGNISED, RECEIVED_AT)
                        VALUES (?, 'kiosk-1', 5, ?, CURRENT_TIMESTAMP, CURRENT_DATE, 10, FALSE, CURRENT_TIMESTAMP)""")
                .params(id, reasons).update();
        return id;
    }

    private List<String> reasonsOf(UUID answer) {
        return jdbc.sql("SELECT REASON FROM FEEDBACK_REASON WHERE FEEDBACK_ID = ? ORDER BY POSITION").param(answer).query(String.class).list();
    }
}
