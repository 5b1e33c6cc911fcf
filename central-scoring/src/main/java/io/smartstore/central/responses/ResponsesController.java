package io.smartstore.central.responses;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.problems.BatchProblems;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/responses}: a store's batch, validated whole before anything is stored. */
@RestController
class ResponsesController {

    private final ResponseIngest ingest;
    private final StoreOrigin origin;

    ResponsesController(ResponseIngest ingest, StoreOrigin origin) {
        this.ingest = ingest;
        this.origin = origin;
    }

    @PostMapping("/api/v1/responses")
    BatchReceipt receive(@RequestBody ScoredResponseBatch batch, @AuthenticationPrincipal EnrolledClient store) {
        BatchProblems.requireNone(BatchValidation.check(batch));
        origin.check(store, batch.storeId(), batch.country());
        return ingest.store(batch);
    }
}
