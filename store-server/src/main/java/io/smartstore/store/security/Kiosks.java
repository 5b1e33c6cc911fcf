package io.smartstore.store.security;

import io.smartstore.protocol.token.DeviceTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.Optional;

/** The kiosks enrolled in this store, each known by the hash of its bearer token. */
@Repository
public class Kiosks {

    private final JdbcClient jdbc;
    private final Clock clock;

    Kiosks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The kiosk holding this token, if it is enrolled and not revoked; notes that it was seen. */
    public Optional<String> authenticate(String token) {
        Optional<String> kiosk = jdbc.sql("SELECT ID FROM KIOSK WHERE TOKEN_HASH = ? AND REVOKED = FALSE")
                .param(DeviceTokens.hash(token)).query(String.class).optional();
        kiosk.ifPresent(id -> jdbc.sql("UPDATE KIOSK SET LAST_SEEN_AT = ? WHERE ID = ?")
                .param(clock.instant().atOffset(java.time.ZoneOffset.UTC)).param(id).update());
        return kiosk;
    }

    public boolean isEnrolled(String kioskId) {
        return jdbc.sql("SELECT COUNT(*) FROM KIOSK WHERE ID = ?").param(kioskId).query(Integer.class).single() > 0;
    }

    /** Enrols (or re-enrols) a kiosk and returns its new token, to show once; only its hash is kept. */
    public String enrolWithNewToken(String kioskId) {
        String token = DeviceTokens.newToken();
        jdbc.sql("DELETE FROM KIOSK WHERE ID = ?").param(kioskId).update();
        enrol(kioskId, token);
        return token;
    }

    public void revoke(String kioskId) {
        jdbc.sql("UPDATE KIOSK SET REVOKED = TRUE WHERE ID = ?").param(kioskId).update();
    }

    public java.util.List<EnrolledKiosk> all() {
        return jdbc.sql("SELECT ID, ENROLLED_AT, LAST_SEEN_AT, REVOKED FROM KIOSK ORDER BY ID")
                .query((rs, i) -> new EnrolledKiosk(rs.getString("ID"),
                        rs.getObject("ENROLLED_AT", java.time.OffsetDateTime.class).toInstant(),
                        java.util.Optional.ofNullable(rs.getObject("LAST_SEEN_AT", java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant).orElse(null),
                        rs.getBoolean("REVOKED"))).list();
    }

    /** A kiosk as the enrolment page shows it. */
    public record EnrolledKiosk(String id, java.time.Instant enrolledAt, java.time.Instant lastSeenAt, boolean revoked) {
    }

    public void enrol(String kioskId, String token) {
        jdbc.sql("INSERT INTO KIOSK (ID, TOKEN_HASH, REVOKED, ENROLLED_AT) VALUES (?, ?, FALSE, ?)")
                .param(kioskId).param(DeviceTokens.hash(token)).param(clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
    }
}
