package io.smartstore.support.clients;

import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.protocol.token.DeviceTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The clients enrolled with an app (a store's kiosks, central's stores), each known by the
 * hash of its bearer token, in a table of columns {@code ID, TOKEN_HASH, REVOKED,
 * ENROLLED_AT, LAST_SEEN_AT}. A token is shown once, at enrolment; only its hash is kept.
 */
public class EnrolledClients {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final AuditTrail audit;
    private final AuditAction enrolled;
    private final AuditAction revoked;

    /** {@code enrolled} and {@code revoked}: what the audit trail calls an enrolment and a revocation here. */
    public EnrolledClients(JdbcClient jdbc, Clock clock, String table, AuditTrail audit, AuditAction enrolled, AuditAction revoked) {
        if (!table.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("a table name in upper case");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.audit = audit;
        this.enrolled = enrolled;
        this.revoked = revoked;
    }

    /** The client holding this token, if it is enrolled and not revoked; notes that it was seen. */
    public Optional<String> authenticate(String token) {
        Optional<String> client = jdbc.sql("SELECT ID FROM " + table + " WHERE TOKEN_HASH = ? AND REVOKED = FALSE")
                .param(DeviceTokens.hash(token)).query(String.class).optional();
        client.ifPresent(id -> jdbc.sql("UPDATE " + table + " SET LAST_SEEN_AT = ? WHERE ID = ?").params(now(), id).update());
        return client;
    }

    public boolean isEnrolled(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ID = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Enrols (or re-enrols) a client and returns its new token, to show once. */
    public String enrolWithNewToken(String id) {
        String token = DeviceTokens.newToken();
        jdbc.sql("DELETE FROM " + table + " WHERE ID = ?").param(id).update();
        enrol(id, token);
        audit.record(enrolled, id);
        return token;
    }

    /** Enrols a client with a token chosen by configuration (the bootstrap keys of api.md). */
    public void enrol(String id, String token) {
        jdbc.sql("INSERT INTO " + table + " (ID, TOKEN_HASH, REVOKED, ENROLLED_AT) VALUES (?, ?, FALSE, ?)")
                .params(id, DeviceTokens.hash(token), now()).update();
    }

    /** Revokes a client's token; false when no such client is enrolled. */
    public boolean revoke(String id) {
        boolean done = jdbc.sql("UPDATE " + table + " SET REVOKED = TRUE WHERE ID = ?").param(id).update() == 1;
        if (done) {
            audit.record(revoked, id);
        }
        return done;
    }

    public List<Client> all() {
        return jdbc.sql("SELECT ID, ENROLLED_AT, LAST_SEEN_AT, REVOKED FROM " + table + " ORDER BY ID")
                .query((rs, i) -> new Client(rs.getString("ID"),
                        rs.getObject("ENROLLED_AT", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("LAST_SEEN_AT", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getBoolean("REVOKED"))).list();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    /** A client as an enrolment page shows it. */
    public record Client(String id, Instant enrolledAt, Instant lastSeenAt, boolean revoked) {
    }
}
