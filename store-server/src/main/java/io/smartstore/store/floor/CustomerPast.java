package io.smartstore.store.floor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A known customer's last visits and answers (tables {@code TICKET}, {@code VISIT}, {@code FEEDBACK}), for {@link CustomerContexts}. Only SQL here. */
@Repository
class CustomerPast {

    /** An answer as read, before its reasons are added. */
    record Answer(java.time.Instant answeredAt, int score, UUID id, String comment) {
    }

    private final JdbcClient jdbc;

    CustomerPast(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerContext.PastVisit> lastVisits(String ref, int last) {
        return jdbc.sql("""
                        SELECT t.LOCAL_DATE, t.SPHERE, t.ADVISER, t.OUTCOME, t.NOTE FROM TICKET t JOIN VISIT v ON v.ID = t.VISIT_ID
                        WHERE v.CUSTOMER_REF = ? AND t.OUTCOME IS NOT NULL ORDER BY t.FINISHED_AT DESC FETCH FIRST %d ROWS ONLY""".formatted(last))
                .param(ref).query((rs, i) -> new CustomerContext.PastVisit(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    List<Answer> lastAnswers(String ref, int last) {
        return jdbc.sql("""
                        SELECT f.ANSWERED_AT, f.SCORE, f.ID, f.COMMENT_TEXT FROM FEEDBACK f JOIN VISIT v ON v.ID = f.VISIT_ID
                        WHERE v.CUSTOMER_REF = ? AND f.SUPERSEDED = FALSE ORDER BY f.ANSWERED_AT DESC FETCH FIRST %d ROWS ONLY""".formatted(last))
                .param(ref).query((rs, i) -> new Answer(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2),
                        rs.getObject(3, UUID.class), rs.getString(4))).list();
    }
}
