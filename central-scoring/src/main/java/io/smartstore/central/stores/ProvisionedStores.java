package io.smartstore.central.stores;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.clients.EnrolledClients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The stores headquarters provisions: each with its id, country and zone, and a token shown once. */
@Service
public class ProvisionedStores {

    private final EnrolledClients clients;
    private final ProvisionedStoreTable table;
    private final io.smartstore.support.audit.AuditTrail audit;

    ProvisionedStores(EnrolledClients clients, ProvisionedStoreTable table, io.smartstore.support.audit.AuditTrail audit) {
        this.clients = clients;
        this.table = table;
        this.audit = audit;
    }

    /** A provisioned store as the API shows it: its client certificate's fingerprint when it is bound to one. */
    public record Store(String storeId, String country, String zone, String clientCertificateSha256) {
    }

    /** Provisions a store and returns its new token; refused when the id is taken or the zone is no time zone. */
    @Transactional
    public String provision(String storeId, String country, String zone, String clientCertificateSha256) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            throw new Refusal(ProblemCode.INVALID_STORE, "zone is a time zone such as Europe/Madrid");
        }
        if (clients.isEnrolled(storeId)) {
            throw new Refusal(ProblemCode.STORE_EXISTS, "Store " + storeId + " exists already");
        }
        String token = clients.enrolWithNewToken(storeId);
        table.describe(storeId, country, zone, clientCertificateSha256);
        return token;
    }

    /** Binds a store to its client certificate (replacing an earlier one). */
    @Transactional
    public Store bindClientCertificate(String storeId, String sha256) {
        if (!table.bind(storeId, sha256)) {
            throw new Refusal(ProblemCode.NOT_FOUND, "No such store");
        }
        audit.record(io.smartstore.support.audit.AuditAction.STORE_CLIENT_CERTIFICATE_BOUND, storeId);
        return find(storeId).orElseThrow();
    }

    public java.util.Optional<Store> find(String storeId) {
        return table.find(storeId);
    }

    /** The fingerprint a store is bound to, if any. */
    public java.util.Optional<String> clientCertificate(String storeId) {
        return find(storeId).map(Store::clientCertificateSha256);
    }

    /** Revokes a store's token: its calls are refused from now on. */
    public void revoke(String storeId) {
        if (!clients.revoke(storeId)) {
            throw new Refusal(ProblemCode.NOT_FOUND, "No such store");
        }
    }
}
