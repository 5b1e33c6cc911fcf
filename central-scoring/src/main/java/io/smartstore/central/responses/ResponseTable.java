package io.smartstore.central.responses;

import io.smartstore.protocol.wire.ScoredResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Table {@code RESPONSE}: every answer a store sent, whether it is counted in the cells, for {@link ResponseIngest}. Only SQL here. */
@Repository
class ResponseTable {

    private final JdbcClient jdbc;

    ResponseTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A store's batches are stored one after the other: this waits for the store's row. */
    void lockStore(String storeId) {
        jdbc.sql("SELECT ID FROM STORE_CLIENT WHERE ID = ? FOR UPDATE").param(storeId).query(String.class).optional();
    }

    Set<UUID> alreadyReceived(List<UUID> ids) {
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM RESPONSE WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }

    void add(String storeId, String country, ScoredResponse response, Instant receivedAt) {
        jdbc.sql("""
                        INSERT INTO RESPONSE (ID, STORE_ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED,
                                              RECEIVED_AT, VISIT_KEY, MISUSE, COUNTED)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(response.id(), storeId, country, response.segment(), response.sphere(),
                        response.score(), response.answeredAt().atOffset(ZoneOffset.UTC), response.localDate(),
                        response.recognised(), receivedAt.atOffset(ZoneOffset.UTC), response.visit(), response.flaggedAsMisuse())
                .update();
    }

    void counted(UUID id, boolean counted) {
        jdbc.sql("UPDATE RESPONSE SET COUNTED = ? WHERE ID = ?").params(counted, id).update();
    }

    /** The answer counted for a store's visit. */
    record Counted(UUID id, String country, String segment, String sphere, int score, OffsetDateTime answeredAt, LocalDate localDate) {
    }

    Optional<Counted> countedFor(String storeId, String visit) {
        return jdbc.sql("""
                        SELECT ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE FROM RESPONSE
                        WHERE STORE_ID = ? AND VISIT_KEY = ? AND COUNTED = TRUE""")
                .params(storeId, visit).query(Counted.class).optional();
    }
}
