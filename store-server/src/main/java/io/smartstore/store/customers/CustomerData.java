package io.smartstore.store.customers;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.protocol.token.DeviceTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's data on request (admin): everything the store holds about them, and their
 * erasure. Erasing removes the person — their record, credentials' hashes, history, the link
 * from their visits and tickets, their comments, what their call backs say about them — and
 * keeps their answers as anonymous answers, so that no figure moves: a call back keeps its
 * dates and status (the day's call-back figures) and loses its customer, comment, outcome and
 * note. The audit trail then names them only by the SHA-256 of their reference.
 */
@Service
public class CustomerData {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CustomerData(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Everything about the customer with this reference; refused when the store does not know them.
     * Not read-only: the read itself is recorded in the audit trail, in the same transaction.
     */
    @Transactional
    public Map<String, Object> of(String ref) {
        Map<String, Object> customer = jdbc.sql("SELECT REF AS \"ref\", FIRST_NAME AS \"firstName\", LANGUAGE AS \"language\", SEGMENT AS \"segment\", PHONE AS \"phone\" "
                + "FROM CUSTOMER WHERE REF = ?").param(ref).query().listOfRows().stream().findFirst().orElseThrow(CustomerData::unknown);
        Map<String, Object> data = new LinkedHashMap<>(customer);
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
        audit.record(AuditAction.CUSTOMER_DATA_EXPORTED, ref);
        return data;
    }

    private static final String THEIR_FOLLOW_UPS = "CUSTOMER_REF = ? OR FEEDBACK_ID IN (SELECT f.ID FROM FEEDBACK f JOIN VISIT v ON v.ID = f.VISIT_ID "
            + "WHERE v.CUSTOMER_REF = ?)";

    /** Erases the customer (see the class); refused when the store does not know them. */
    @Transactional
    public void erase(String ref) {
        if (jdbc.sql("SELECT COUNT(*) FROM CUSTOMER WHERE REF = ?").param(ref).query(Integer.class).single() == 0) {
            throw unknown();
        }
        String theirVisits = "SELECT ID FROM VISIT WHERE CUSTOMER_REF = ?";
        jdbc.sql("UPDATE FOLLOW_UP SET CUSTOMER_REF = NULL, COMMENT_TEXT = NULL, NOTE = NULL, "
                + "OUTCOME = CASE WHEN OUTCOME IS NULL THEN NULL ELSE '(erased)' END WHERE " + THEIR_FOLLOW_UPS).params(ref, ref).update();
        jdbc.sql("UPDATE FEEDBACK SET COMMENT_TEXT = NULL, VISIT_ID = NULL WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("UPDATE TICKET SET VISIT_ID = NULL, NOTE = NULL WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("DELETE FROM PHONE_SURVEY WHERE VISIT_ID IN (" + theirVisits + ")").param(ref).update();
        jdbc.sql("DELETE FROM VISIT WHERE CUSTOMER_REF = ?").param(ref).update();
        jdbc.sql("DELETE FROM CUSTOMER WHERE REF = ?").param(ref).update(); // credentials and history go with it
        String pseudonym = "sha256:" + DeviceTokens.hash(ref);
        jdbc.sql("UPDATE AUDIT_EVENT SET TARGET = ? WHERE TARGET = ?").params(pseudonym, ref).update();
        audit.record(AuditAction.CUSTOMER_ERASED, pseudonym);
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.UNKNOWN_CUSTOMER, "The store holds nothing about this customer");
    }
}
