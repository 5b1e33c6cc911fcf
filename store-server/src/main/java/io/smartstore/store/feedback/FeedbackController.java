package io.smartstore.store.feedback;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.store.security.KioskPrincipal;
import io.smartstore.store.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/feedback}: a kiosk's outbox batch; validated whole before anything is stored. */
@RestController
class FeedbackController {

    private final FeedbackIngest ingest;

    FeedbackController(FeedbackIngest ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/api/v1/feedback")
    BatchReceipt receive(@RequestBody FeedbackBatch batch, @AuthenticationPrincipal KioskPrincipal kiosk) {
        List<InvalidField> problems = BatchValidation.check(batch);
        if (!problems.isEmpty()) {
            ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "invalid_batch",
                    "Some responses are invalid; nothing of this batch was stored");
            problem.getBody().setProperty("errors", problems);
            throw problem;
        }
        return ingest.store(batch, kiosk.kioskId());
    }
}
