package io.smartstore.store.floor;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.recognition.Recognition;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/** The context of a ticket's customer for the adviser calling them; nothing for an anonymous ticket. */
@Service
public class CustomerContexts {

    static final int LAST = 5;
    private final Tickets tickets;
    private final Recognition recognition;
    private final CustomerPast past;

    private final io.smartstore.store.reasons.AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;

    CustomerContexts(Tickets tickets, Recognition recognition, CustomerPast past, io.smartstore.store.reasons.AnswerReasons reasons,
                     io.smartstore.support.audit.AuditTrail audit) {
        this.audit = audit;
        this.reasons = reasons;
        this.tickets = tickets;
        this.recognition = recognition;
        this.past = past;
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
                past.lastVisits(ref, LAST), lastAnswers(ref));
    }

    private List<CustomerContext.PastAnswer> lastAnswers(String ref) {
        return past.lastAnswers(ref, LAST).stream()
                .map(answer -> new CustomerContext.PastAnswer(answer.answeredAt(), answer.score(), reasons.of(answer.id()), answer.comment()))
                .toList();
    }

    private static Refusal anonymous() {
        return new Refusal(ProblemCode.ANONYMOUS, "This ticket's customer did not sign in");
    }
}
