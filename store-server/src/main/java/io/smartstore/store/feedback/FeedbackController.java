package io.smartstore.store.feedback;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.support.backup.DatabaseBackups;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.support.problems.BatchProblems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/feedback}: a kiosk's outbox batch; validated whole before anything is stored. */
@RestController
class FeedbackController {

    private final FeedbackIngest ingest;
    private final DatabaseBackups backups;

    FeedbackController(FeedbackIngest ingest, DatabaseBackups backups) {
        this.ingest = ingest;
        this.backups = backups;
    }

    @PostMapping("/api/v1/feedback")
    BatchReceipt receive(@RequestBody FeedbackBatch batch, @AuthenticationPrincipal EnrolledClient kiosk) {
        BatchProblems.requireNone(BatchValidation.check(batch));
        // restored from a backup: the kiosk sends again what it had sent since
        return ingest.store(batch, kiosk.id()).withRestoredFrom(backups.restoredFrom().orElse(null));
    }
}
