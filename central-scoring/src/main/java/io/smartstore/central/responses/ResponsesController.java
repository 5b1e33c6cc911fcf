package io.smartstore.central.responses;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.problems.BatchProblems;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.support.backup.DatabaseBackups;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/responses}: a store's batch, validated whole before anything is stored. */
@CalledBy(Caller.CLIENT)
@RestController
class ResponsesController {

    private final ResponseIngest ingest;
    private final StoreOrigin origin;
    private final DatabaseBackups backups;

    private final BatchProblems batches;

    ResponsesController(ResponseIngest ingest, StoreOrigin origin, DatabaseBackups backups, BatchProblems batches) {
        this.batches = batches;
        this.ingest = ingest;
        this.origin = origin;
        this.backups = backups;
    }

    @Operation(summary = "Send a batch of scored answers from a store", description = "Validated whole before anything is stored; each answer is kept once by its id.")
    @Refuses({ProblemCode.INVALID_BATCH, ProblemCode.STORE_MISMATCH})
    @PostMapping("/api/v1/responses")
    BatchReceipt receive(@RequestBody ScoredResponseBatch batch, @AuthenticationPrincipal EnrolledClient store) {
        batches.requireValid(batch);
        origin.check(store, batch.storeId(), batch.country());
        // restored from a backup: the store sends again what it had forwarded since
        return ingest.store(batch).withRestoredFrom(backups.restoredFrom().orElse(null));
    }
}
