package io.smartstore.support.clients;

import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.protocol.token.DeviceTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The clients enrolled with an app (a store's kiosks, central's stores), each known by the
 * hash of its bearer token (kept in a {@link ClientTable}). A token is shown once, at enrolment; only its hash is kept.
 */
public class EnrolledClients {

    private final ClientTable table;
    private final Clock clock;
    private final AuditTrail audit;
    private final AuditAction enrolled;
    private final AuditAction revoked;

    /** {@code enrolled} and {@code revoked}: what the audit trail calls an enrolment and a revocation here. */
    public EnrolledClients(ClientTable table, Clock clock, AuditTrail audit, AuditAction enrolled, AuditAction revoked) {
        this.table = table;
        this.clock = clock;
        this.audit = audit;
        this.enrolled = enrolled;
        this.revoked = revoked;
    }

    /** The client holding this token, if it is enrolled and not revoked; notes that it was seen. */
    public Optional<String> authenticate(String token) {
        Optional<String> client = table.activeWithHash(DeviceTokens.hash(token));
        client.ifPresent(id -> table.seen(id, clock.instant()));
        return client;
    }

    public boolean isEnrolled(String id) {
        return table.exists(id);
    }

    /** Enrols (or re-enrols) a client and returns its new token, to show once. */
    public String enrolWithNewToken(String id) {
        String token = DeviceTokens.newToken();
        table.delete(id);
        enrol(id, token);
        audit.record(enrolled, id);
        return token;
    }

    /** Enrols a client with a token chosen by configuration (the bootstrap keys of api.md). */
    public void enrol(String id, String token) {
        table.add(id, DeviceTokens.hash(token), clock.instant());
    }

    /** Revokes a client's token; false when no such client is enrolled. */
    public boolean revoke(String id) {
        boolean done = table.revoke(id);
        if (done) {
            audit.record(revoked, id);
        }
        return done;
    }

    public List<Client> all() {
        return table.all();
    }

    /** A client as an enrolment page shows it. */
    public record Client(String id, Instant enrolledAt, Instant lastSeenAt, boolean revoked) {
    }
}
