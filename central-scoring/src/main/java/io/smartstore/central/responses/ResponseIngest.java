package io.smartstore.central.responses;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.support.metrics.AnswerCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.smartstore.support.jdbc.DiskSync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final ResponseTable responses;
    private final ScoreCells cells;
    private final Clock clock;
    private final AnswerCounters counters;
    private final DiskSync disk;

    ResponseIngest(ResponseTable responses, ScoreCells cells, Clock clock, AnswerCounters counters, DiskSync disk) {
        this.responses = responses;
        this.disk = disk;
        this.cells = cells;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional
    public BatchReceipt store(ScoredResponseBatch batch) {
        responses.lockStore(batch.storeId());
        List<ScoredResponse> fresh = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        Set<UUID> known = responses.alreadyReceived(batch.responses().stream().map(ScoredResponse::id).toList());
        for (ScoredResponse response : batch.responses().stream().sorted(Comparator.comparing(ScoredResponse::id)).toList()) {
            if (known.contains(response.id())) {
                duplicates.add(response.id());
            } else {
                responses.add(batch.storeId(), batch.country(), response, clock.instant());
                fresh.add(response);
            }
        }
        SortedMap<ScoreCells.Key, long[]> changes = new TreeMap<>();
        fresh.stream().filter(response -> !response.flaggedAsMisuse())
                .sorted(Comparator.comparing(ScoredResponse::visit, Comparator.nullsFirst(Comparator.naturalOrder())))
                .filter(response -> takesTheVisitsPlace(batch, response, changes))
                .forEach(response -> {
                    responses.counted(response.id(), true);
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

    /**
     * Whether this answer is its visit's latest: then the one counted before (if any) is taken
     * out of the cells. An answer without a visit is always counted.
     */
    private boolean takesTheVisitsPlace(ScoredResponseBatch batch, ScoredResponse response, SortedMap<ScoreCells.Key, long[]> changes) {
        if (response.visit() == null) {
            return true;
        }
        Optional<ResponseTable.Counted> current = responses.countedFor(batch.storeId(), response.visit());
        if (current.isEmpty()) {
            return true;
        }
        ResponseTable.Counted previous = current.get();
        if (previous.answeredAt().toInstant().isAfter(response.answeredAt())) {
            return false;
        }
        responses.counted(previous.id(), false);
        change(changes, new ScoreCells.Key(previous.localDate(), previous.country(), batch.storeId(), previous.segment(), previous.sphere()),
                previous.score(), -1);
        return true;
    }

    private static void change(SortedMap<ScoreCells.Key, long[]> changes, ScoreCells.Key cell, int score, int delta) {
        changes.computeIfAbsent(cell, key -> new long[11])[score] += delta;
    }
}
