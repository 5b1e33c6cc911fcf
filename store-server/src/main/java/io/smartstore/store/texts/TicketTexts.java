package io.smartstore.store.texts;

import io.smartstore.protocol.wire.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which tickets' customers agreed to texts, which texts are due and which were claimed (table {@code TICKET}), for {@link Texts}. Only SQL here. */
@Repository
class TicketTexts {

    private static final String DUE = """
            SELECT t.ID, t.ADVISER, t.DESK, p.PHONE, COALESCE(t.LANGUAGE, p.LANGUAGE, 'en') AS LANGUAGE FROM TICKET t
            JOIN VISIT v ON v.ID = t.VISIT_ID JOIN CUSTOMER p ON p.REF = v.CUSTOMER_REF
            WHERE t.LOCAL_DATE = :day AND t.TEXTS_AGREED_AT IS NOT NULL AND p.PHONE IS NOT NULL AND\s""";
    private final JdbcClient jdbc;

    TicketTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the visit's customer has a mobile number in the CRM. */
    boolean hasPhone(UUID visitId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM VISIT v JOIN CUSTOMER c ON c.REF = v.CUSTOMER_REF WHERE v.ID = ? AND c.PHONE IS NOT NULL""")
                .param(visitId).query(Integer.class).single() == 1;
    }

    /** The visit of one of the day's tickets: empty for no such ticket, an empty visit for an anonymous one. */
    Optional<Optional<UUID>> visitOf(String ticket, LocalDate day) {
        return jdbc.sql("SELECT VISIT_ID FROM TICKET WHERE ID = ? AND LOCAL_DATE = ?").params(ticket, day)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional();
    }

    void agree(String ticket, LocalDate day, Instant at) {
        jdbc.sql("UPDATE TICKET SET TEXTS_AGREED_AT = COALESCE(TEXTS_AGREED_AT, ?) WHERE ID = ? AND LOCAL_DATE = ?")
                .params(at.atOffset(ZoneOffset.UTC), ticket, day).update();
    }

    /** The day's tickets now first in their sphere's line whose "next" text is not claimed yet. */
    List<Texts.Due> nextDue(LocalDate day) {
        return jdbc.sql(DUE + """
                        t.STATUS = :waiting AND t.NEXT_TEXT_AT IS NULL AND NOT EXISTS (SELECT 1 FROM TICKET o WHERE o.LOCAL_DATE = t.LOCAL_DATE
                        AND o.STATUS = :waiting AND o.SPHERE = t.SPHERE AND (o.CREATED_AT < t.CREATED_AT OR (o.CREATED_AT = t.CREATED_AT AND o.ID < t.ID)))""")
                .param("day", day).param("waiting", TicketStatus.WAITING.name()).query(Texts.Due.class).list();
    }

    /** The day's called tickets whose "called" text is not claimed yet. */
    List<Texts.Due> calledDue(LocalDate day) {
        return jdbc.sql(DUE + "t.STATUS = :called AND t.CALLED_TEXT_AT IS NULL").param("day", day)
                .param("called", TicketStatus.CALLED.name()).query(Texts.Due.class).list();
    }

    boolean claimNext(String ticket, LocalDate day, Instant at) {
        return claim("NEXT_TEXT_AT", ticket, day, at);
    }

    boolean claimCalled(String ticket, LocalDate day, Instant at) {
        return claim("CALLED_TEXT_AT", ticket, day, at);
    }

    /** True for the one caller that claims the text. */
    private boolean claim(String column, String ticket, LocalDate day, Instant at) {
        return jdbc.sql("UPDATE TICKET SET " + column + " = ? WHERE ID = ? AND LOCAL_DATE = ? AND " + column + " IS NULL")
                .params(at.atOffset(ZoneOffset.UTC), ticket, day).update() == 1;
    }
}
