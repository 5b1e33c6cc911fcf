package io.smartstore.central.responses;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;

/**
 * Stores a store's validated batch in one transaction and adds each new answer to its
 * score cell. An answer already received is a duplicate: acknowledged, counted once.
 */
@Service
public class ResponseIngest {

    private static final Logger log = LoggerFactory.getLogger(ResponseIngest.class);
    private final JdbcClient jdbc;
    private final ScoreCells cells;
    private final Clock clock;

    ResponseIngest(JdbcClient jdbc, ScoreCells cells, Clock clock) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.clock = clock;
    }

    @Transactional
    public BatchReceipt store(ScoredResponseBatch batch) {
        List<UUID> accepted = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        Set<UUID> known = alreadyReceived(batch.responses());
        for (ScoredResponse response : batch.responses()) {
            if (known.contains(response.id())) {
                duplicates.add(response.id());
                continue;
            }
            jdbc.sql("""
                            INSERT INTO RESPONSE (ID, STORE_ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED, RECEIVED_AT)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(response.id(), batch.storeId(), batch.country(), response.segment(), response.sphere(),
                            response.score(), response.answeredAt().atOffset(ZoneOffset.UTC), response.localDate(),
                            response.recognised(), clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            cells.add(batch.storeId(), batch.country(), response);
            accepted.add(response.id());
        }
        log.info("store {}: {} answers accepted, {} duplicates", batch.storeId(), accepted.size(), duplicates.size());
        return new BatchReceipt(accepted, duplicates);
    }

    private Set<UUID> alreadyReceived(List<ScoredResponse> responses) {
        List<UUID> ids = responses.stream().map(ScoredResponse::id).toList();
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM RESPONSE WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }
}
