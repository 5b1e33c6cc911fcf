package io.smartstore.central.security;

import io.smartstore.protocol.token.DeviceTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/** The stores enrolled at central, each known by the hash of its bearer token. */
@Repository
public class Stores {

    private final JdbcClient jdbc;
    private final Clock clock;

    Stores(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The store holding this token, if it is enrolled and not revoked; notes that it was seen. */
    public Optional<String> authenticate(String token) {
        Optional<String> store = jdbc.sql("SELECT ID FROM STORE_CLIENT WHERE TOKEN_HASH = ? AND REVOKED = FALSE")
                .param(DeviceTokens.hash(token)).query(String.class).optional();
        store.ifPresent(id -> jdbc.sql("UPDATE STORE_CLIENT SET LAST_SEEN_AT = ? WHERE ID = ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).param(id).update());
        return store;
    }

    public boolean isEnrolled(String storeId) {
        return jdbc.sql("SELECT COUNT(*) FROM STORE_CLIENT WHERE ID = ?").param(storeId).query(Integer.class).single() > 0;
    }

    /** Enrols (or re-enrols) a store and returns its new one-time-shown token; only its hash is kept. */
    public String enrolWithNewToken(String storeId) {
        String token = DeviceTokens.newToken();
        jdbc.sql("DELETE FROM STORE_CLIENT WHERE ID = ?").param(storeId).update();
        enrol(storeId, token);
        return token;
    }

    public void revoke(String storeId) {
        jdbc.sql("UPDATE STORE_CLIENT SET REVOKED = TRUE WHERE ID = ?").param(storeId).update();
    }

    public java.util.List<EnrolledStore> all() {
        return jdbc.sql("SELECT ID, ENROLLED_AT, LAST_SEEN_AT, REVOKED FROM STORE_CLIENT ORDER BY ID")
                .query((rs, i) -> new EnrolledStore(rs.getString("ID"),
                        rs.getObject("ENROLLED_AT", java.time.OffsetDateTime.class).toInstant(),
                        java.util.Optional.ofNullable(rs.getObject("LAST_SEEN_AT", java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant).orElse(null),
                        rs.getBoolean("REVOKED"))).list();
    }

    /** A store as the enrolment page shows it. */
    public record EnrolledStore(String id, java.time.Instant enrolledAt, java.time.Instant lastSeenAt, boolean revoked) {
    }

    public void enrol(String storeId, String token) {
        jdbc.sql("INSERT INTO STORE_CLIENT (ID, TOKEN_HASH, REVOKED, ENROLLED_AT) VALUES (?, ?, FALSE, ?)")
                .param(storeId).param(DeviceTokens.hash(token)).param(clock.instant().atOffset(ZoneOffset.UTC)).update();
    }
}
