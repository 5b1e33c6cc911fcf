package io.smartstore.store.customers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the store's tables hold about one customer, read and erased for {@link CustomerData}. Only SQL here. */
@Repository
class CustomerRecords {

    private final JdbcClient jdbc;

    CustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's record, credentials, history, visits, tickets, answers and call backs; empty when the store does not know them. */
    Optional<Map<String, Object>> of(String ref) {
        Optional<Map<String, Object>> found = jdbc.sql("SELECT REF AS \"ref\", FIRST_NAME AS \"firstName\", LANGUAGE AS \"language\", SEGMENT AS \"segment\", PHONE AS \"phone\" "
                + "FROM CUSTOMER WHERE REF = ?").param(ref).query().listOfRows().stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>(found.get());
        data.put("credentials", rows("SELECT METHOD AS \"method\", CREDENTIAL_HASH AS \"hash\" FROM CUSTOMER_CREDENTIAL WHERE CUSTOMER_REF = ? "
                + "ORDER BY METHOD, CREDENTIAL_HASH", ref));
        data.put("history", rows("SELECT SPHERE AS \"sphere\", ITEM_DATE AS \"date\", KIND AS \"kind\", TITLE AS \"title\", STATUS AS \"status\", "
                + "ENDS_ON AS \"endsOn\" FROM HISTORY_ITEM WHERE CUSTOMER_REF = ? ORDER BY ITEM_DATE, TITLE", ref));
        data.put("visits", rows("SELECT ID AS \"id\", STARTED_AT AS \"startedAt\", KIOSK_ID AS \"kioskId\", SEGMENT AS \"segment\" FROM VISIT "
                + "WHERE CUSTOMER_REF = ? ORDER BY STARTED_AT", ref));
        data.put("tickets", rows("SELECT t.ID AS \"ticket\", t.LOCAL_DATE AS \"date\", t.SPHERE AS \"sphere\", t.STATUS AS \"status\", "
                + "t.ADVISER AS \"adviser\", t.OUTCOME AS \"outcome\", t.NOTE AS \"note\" FROM TICKET t JOIN VISIT v ON v.ID = t.VISIT_ID "
                + "WHERE v.CUSTOMER_REF = ? ORDER BY t.CREATED_AT", ref));
        data.put("answers", rows("SELECT f.ID AS \"id\", f.ANSWERED_AT AS \"answeredAt\", f.SCORE AS \"score\", f.COMMENT_TEXT AS \"comment\", "
                + "f.CHANNEL AS \"channel\" FROM FEEDBACK f JOIN VISIT v ON v.ID = f.VISIT_ID WHERE v.CUSTOMER_REF = ? ORDER BY f.ANSWERED_AT", ref));
        data.put("followUps", rows("SELECT ID AS \"id\", CREATED_AT AS \"createdAt\", STATUS AS \"status\", COMMENT_TEXT AS \"comment\", "
                + "OUTCOME AS \"outcome\", NOTE AS \"note\" FROM FOLLOW_UP WHERE " + THEIR_FOLLOW_UPS + " ORDER BY CREATED_AT", ref, ref));
        return Optional.of(data);
    }

    private static final String THEIR_FOLLOW_UPS = "CUSTOMER_REF = ? OR FEEDBACK_ID IN (SELECT f.ID FROM FEEDBACK f JOIN VISIT v ON v.ID = f.VISIT_ID "
            + "WHERE v.CUSTOMER_REF = ?)";

    boolean exists(String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM CUSTOMER WHERE REF = ?").param(ref).query(Integer.class).single() > 0;
    }

    /** Removes the person and keeps their answers anonymous (see {@link CustomerData}); the audit trail then names them by {@code pseudonym}. */
    void erase(String ref, String pseudonym) {
        String theirVisits = "SELECT ID FROM VISIT WHERE CUSTOMER_REF = ?";
        jdbc.sql("UPDATE FOLLOW_UP SET CUSTOMER_REF = NULL, COMMENT_TEXT = NULL, NOTE = NULL, "
                + "OUTCOME = CASE WHEN OUTCOME IS NULL THEN NULL ELSE '(erased)' END WHERE " + THEIR_FOLLOW_UPS).params(ref, ref).update();
        jdbc.sql("UPDATE FEEDBACK SET COMMENT_TEXT = NULL, VISIT_ID = NULL WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("UPDATE TICKET SET VISIT_ID = NULL, NOTE = NULL WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("DELETE FROM PHONE_SURVEY WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("DELETE FROM VISIT WHERE CUSTOMER_REF = ?").param(ref).update();
        jdbc.sql("DELETE FROM CUSTOMER WHERE REF = ?").param(ref).update(); // credentials and history go with it
        jdbc.sql("UPDATE AUDIT_EVENT SET TARGET = ? WHERE TARGET = ?").params(pseudonym, ref).update();
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }
}
