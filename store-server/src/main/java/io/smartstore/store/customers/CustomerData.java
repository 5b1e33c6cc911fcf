package io.smartstore.store.customers;

import jakarta.annotation.security.RolesAllowed;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.protocol.token.DeviceTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final CustomerRecords records;
    private final AuditTrail audit;

    CustomerData(CustomerRecords records, AuditTrail audit) {
        this.records = records;
        this.audit = audit;
    }

    /**
     * Everything about the customer with this reference; refused when the store does not know them.
     * Not read-only: the read itself is recorded in the audit trail, in the same transaction.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Map<String, Object> of(String ref) {
        Map<String, Object> data = records.of(ref).orElseThrow(CustomerData::unknown);
        audit.record(AuditAction.CUSTOMER_DATA_EXPORTED, ref);
        return data;
    }

    /** Erases the customer (see the class); refused when the store does not know them. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void erase(String ref) {
        if (!records.exists(ref)) {
            throw unknown();
        }
        String pseudonym = "sha256:" + DeviceTokens.hash(ref);
        records.erase(ref, pseudonym);
        audit.record(AuditAction.CUSTOMER_ERASED, pseudonym);
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.UNKNOWN_CUSTOMER, "The store holds nothing about this customer");
    }
}
