package io.smartstore.store.floor;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.recognition.Recognition;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The context of a ticket's customer for the adviser calling them; nothing for an anonymous ticket. */
@Service
public class CustomerContexts {

    static final int LAST = 5;
    private final Tickets tickets;
    private final Recognition recognition;
    private final JdbcClient jdbc;

    private final io.smartstore.store.reasons.AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;

    CustomerContexts(Tickets tickets, Recognition recognition, JdbcClient jdbc, io.smartstore.store.reasons.AnswerReasons reasons,
                     io.smartstore.support.audit.AuditTrail audit) {
        this.audit = audit;
        this.reasons = reasons;
        this.tickets = tickets;
        this.recognition = recognition;
        this.jdbc = jdbc;
    }

    public CustomerContext of(String ticket) {
        UUID visit = tickets.visitOf(ticket).orElseThrow(CustomerContexts::anonymous);
        return withPast(ticket, recognition.contextOf(visit).orElseThrow(CustomerContexts::anonymous));
    }

    /** A customer to call back, known by their reference; empty when no longer known here. */
    public java.util.Optional<CustomerContext> ofCustomer(String ref) {
        return recognition.contextOfCustomer(ref).map(identification -> withPast(null, identification));
    }

    /** A customer's history, opened by staff: in the audit trail. */
    private CustomerContext withPast(String ticket, io.smartstore.protocol.wire.Identification identification) {
        String ref = identification.customer().ref();
        audit.record(io.smartstore.support.audit.AuditAction.CUSTOMER_HISTORY_OPENED, ref);
        return new CustomerContext(ticket, identification.customer(), identification.history(), identification.suggestions(),
                lastVisits(ref), lastAnswers(ref));
    }

    private List<CustomerContext.PastVisit> lastVisits(String ref) {
        return jdbc.sql("""
                        SELECT t.LOCAL_DATE, t.SPHERE, t.ADVISER, t.OUTCOME, t.NOTE FROM TICKET t JOIN VISIT v ON v.ID = t.VISIT_ID
                        WHERE v.CUSTOMER_REF = ? AND t.OUTCOME IS NOT NULL ORDER BY t.FINISHED_AT DESC FETCH FIRST %d ROWS ONLY""".formatted(LAST))
                .param(ref).query((rs, i) -> new CustomerContext.PastVisit(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    private List<CustomerContext.PastAnswer> lastAnswers(String ref) {
        return jdbc.sql("""
                        SELECT f.ANSWERED_AT, f.SCORE, f.ID, f.COMMENT_TEXT FROM FEEDBACK f JOIN VISIT v ON v.ID = f.VISIT_ID
                        WHERE v.CUSTOMER_REF = ? AND f.SUPERSEDED = FALSE ORDER BY f.ANSWERED_AT DESC FETCH FIRST %d ROWS ONLY""".formatted(LAST))
                .param(ref).query((rs, i) -> new CustomerContext.PastAnswer(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2),
                        reasons.of(rs.getObject(3, java.util.UUID.class)), rs.getString(4))).list();
    }

    private static Refusal anonymous() {
        return new Refusal(ProblemCode.ANONYMOUS, "This ticket's customer did not sign in");
    }
}
