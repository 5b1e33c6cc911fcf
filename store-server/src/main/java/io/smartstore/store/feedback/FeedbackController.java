package io.smartstore.store.feedback;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.support.backup.DatabaseBackups;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.support.problems.BatchProblems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/feedback}: a kiosk's outbox batch; validated whole before anything is stored. */
@CalledBy(Caller.CLIENT)
@RestController
class FeedbackController {

    private final FeedbackIngest ingest;
    private final DatabaseBackups backups;

    private final BatchProblems batches;

    FeedbackController(FeedbackIngest ingest, DatabaseBackups backups, BatchProblems batches) {
        this.batches = batches;
        this.ingest = ingest;
        this.backups = backups;
    }

    @Operation(summary = "Send a batch of answers from the kiosk's outbox", description = "Validated whole before anything is stored: the receipt lists the answers accepted and those already received (a batch sent again changes nothing).")
    @Refuses({ProblemCode.INVALID_BATCH})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "two answers", value = """
            {"responses":[{"id":"0b8f6a52-4a7e-4a53-9d0e-4f1f2a7c3d10","visitId":"5c1d2f3e-8a9b-4c7d-a1e2-3f4a5b6c7d8e","score":9,"reasons":["FRIENDLY_STAFF"],
              "answeredAt":"2026-12-05T10:15:00Z","language":"fr"},
             {"id":"6e2a1c9d-3b4f-4e8a-9c7d-1a2b3c4d5e6f","score":3,"comment":"Waited too long","answeredAt":"2026-12-05T10:40:00Z","language":"en"}]}""")))
    @PostMapping("/api/v1/feedback")
    BatchReceipt receive(@RequestBody FeedbackBatch batch, @AuthenticationPrincipal EnrolledClient kiosk) {
        batches.requireValid(batch);
        // restored from a backup: the kiosk sends again what it had sent since
        return ingest.store(batch, kiosk.id()).withRestoredFrom(backups.restoredFrom().orElse(null));
    }
}
