package io.smartstore.central.responses;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.support.metrics.AnswerCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.smartstore.support.jdbc.DiskSync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stores a store's validated batch in one transaction and counts each new answer into its
 * score cell. An answer already received is a duplicate: acknowledged, counted once. An
 * answer flagged as misuse is kept and never counted. Answers for the same store and visit
 * count once: the latest {@code answeredAt} is the one in the cells.
 * <p>
 * Several instances may receive the same batch, or answers for the same visit, at the same
 * moment (on one PostgreSQL): a store's batches are stored one after the other, under the lock
 * of the store's row — the second instance waits, then finds the answers and calls them
 * duplicates. A store's answers touch only its own cells and visits, so different stores are
 * stored side by side without waiting for each other.
 */
@Service
public class ResponseIngest {

    private static final Logger log = LoggerFactory.getLogger(ResponseIngest.class);
    private final JdbcClient jdbc;
    private final ScoreCells cells;
    private final Clock clock;
    private final AnswerCounters counters;
    private final DiskSync disk;

    ResponseIngest(JdbcClient jdbc, ScoreCells cells, Clock clock, AnswerCounters counters, DiskSync disk) {
        this.jdbc = jdbc;
        this.disk = disk;
        this.cells = cells;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional
    public BatchReceipt store(ScoredResponseBatch batch) {
        jdbc.sql("SELECT ID FROM STORE_CLIENT WHERE ID = ? FOR UPDATE").param(batch.storeId()).query(String.class).optional();
        List<ScoredResponse> fresh = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        Set<UUID> known = alreadyReceived(batch.responses());
        for (ScoredResponse response : batch.responses().stream().sorted(Comparator.comparing(ScoredResponse::id)).toList()) {
            if (known.contains(response.id())) {
                duplicates.add(response.id());
            } else {
                insert(batch, response);
                fresh.add(response);
            }
        }
        SortedMap<ScoreCells.Key, long[]> changes = new TreeMap<>();
        fresh.stream().filter(response -> !response.flaggedAsMisuse())
                .sorted(Comparator.comparing(ScoredResponse::visit, Comparator.nullsFirst(Comparator.naturalOrder())))
                .filter(response -> takesTheVisitsPlace(batch, response, changes))
                .forEach(response -> {
                    jdbc.sql("UPDATE RESPONSE SET COUNTED = TRUE WHERE ID = ?").param(response.id()).update();
                    change(changes, new ScoreCells.Key(response.localDate(), batch.country(), batch.storeId(), response.segment(),
                            response.sphere()), response.score(), 1);
                });
        cells.apply(changes);
        List<UUID> accepted = batch.responses().stream().map(ScoredResponse::id).filter(id -> !duplicates.contains(id)).toList();
        log.info("store {}: {} answers accepted, {} duplicates", batch.storeId(), accepted.size(), duplicates.size());
        if (!accepted.isEmpty()) {
            disk.afterCommit(); // the store forgets what is acknowledged: on the disk first, a power cut may follow
        }
        counters.batch(fresh.size(), duplicates.size(), (int) fresh.stream().filter(ScoredResponse::flaggedAsMisuse).count());
        return new BatchReceipt(accepted, duplicates);
    }

    private void insert(ScoredResponseBatch batch, ScoredResponse response) {
        jdbc.sql("""
                        INSERT INTO RESPONSE (ID, STORE_ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED,
                                              RECEIVED_AT, VISIT_KEY, MISUSE, COUNTED)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(response.id(), batch.storeId(), batch.country(), response.segment(), response.sphere(),
                        response.score(), response.answeredAt().atOffset(ZoneOffset.UTC), response.localDate(),
                        response.recognised(), clock.instant().atOffset(ZoneOffset.UTC), response.visit(), response.flaggedAsMisuse())
                .update();
    }

    /**
     * Whether this answer is its visit's latest: then the one counted before (if any) is taken
     * out of the cells. An answer without a visit is always counted.
     */
    private boolean takesTheVisitsPlace(ScoredResponseBatch batch, ScoredResponse response, SortedMap<ScoreCells.Key, long[]> changes) {
        if (response.visit() == null) {
            return true;
        }
        record Counted(UUID id, String country, String segment, String sphere, int score, OffsetDateTime answeredAt, LocalDate localDate) {
        }
        Optional<Counted> current = jdbc.sql("""
                        SELECT ID, COUNTRY, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE FROM RESPONSE
                        WHERE STORE_ID = ? AND VISIT_KEY = ? AND COUNTED = TRUE""")
                .params(batch.storeId(), response.visit()).query(Counted.class).optional();
        if (current.isEmpty()) {
            return true;
        }
        Counted previous = current.get();
        if (previous.answeredAt().toInstant().isAfter(response.answeredAt())) {
            return false;
        }
        jdbc.sql("UPDATE RESPONSE SET COUNTED = FALSE WHERE ID = ?").param(previous.id()).update();
        change(changes, new ScoreCells.Key(previous.localDate(), previous.country(), batch.storeId(), previous.segment(), previous.sphere()),
                previous.score(), -1);
        return true;
    }

    private static void change(SortedMap<ScoreCells.Key, long[]> changes, ScoreCells.Key cell, int score, int delta) {
        changes.computeIfAbsent(cell, key -> new long[11])[score] += delta;
    }

    private Set<UUID> alreadyReceived(List<ScoredResponse> responses) {
        List<UUID> ids = responses.stream().map(ScoredResponse::id).toList();
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM RESPONSE WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }
}
