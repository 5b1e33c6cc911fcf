package io.smartstore.store.followups;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/follow-ups?status=…} and {@code PATCH /api/v1/follow-ups/{id}} (adviser, manager). */
@RestController
class FollowUpsController {

    private final FollowUps followUps;

    FollowUpsController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/api/v1/follow-ups")
    List<FollowUp> list(@RequestParam(required = false) String status) {
        if (status != null && !FollowUp.STATUSES.contains(status)) {
            throw invalid("status is OPEN, CONTACTED or CLOSED");
        }
        return followUps.withStatus(status);
    }

    @PatchMapping("/api/v1/follow-ups/{id}")
    FollowUp update(@PathVariable UUID id, @RequestBody Change change) {
        if (change == null || change.status() != null && !FollowUp.STATUSES.contains(change.status())) {
            throw invalid("status is OPEN, CONTACTED or CLOSED");
        }
        if (change.owner() != null && change.owner().length() > 64 || change.outcome() != null && change.outcome().length() > 200
                || change.note() != null && change.note().length() > 500) {
            throw invalid("owner is at most 64 characters, outcome 200, note 500");
        }
        return followUps.update(id, change.owner(), change.status(), change.outcome(), change.note());
    }

    private static ApiProblem invalid(String title) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST, title);
    }

    record Change(String owner, String status, String outcome, String note) {
    }
}
