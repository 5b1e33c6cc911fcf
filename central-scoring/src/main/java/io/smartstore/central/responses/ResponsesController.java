package io.smartstore.central.responses;

import io.smartstore.central.security.StorePrincipal;
import io.smartstore.central.web.ApiProblem;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/responses}: a store's batch, validated whole before anything is stored. */
@RestController
class ResponsesController {

    private final ResponseIngest ingest;

    ResponsesController(ResponseIngest ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/api/v1/responses")
    BatchReceipt receive(@RequestBody ScoredResponseBatch batch, @AuthenticationPrincipal StorePrincipal store) {
        List<InvalidField> problems = BatchValidation.check(batch);
        if (!problems.isEmpty()) {
            ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_batch",
                    "Some responses are invalid; nothing of this batch was stored");
            problem.getBody().setProperty("errors", problems);
            throw problem;
        }
        if (!store.storeId().equals(batch.storeId())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "store_mismatch", "A store may only send its own answers");
        }
        return ingest.store(batch);
    }
}
