package io.smartstore.store.followups;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/follow-ups?status=…} and {@code PATCH /api/v1/follow-ups/{id}} (adviser, manager). */
@CalledBy(value = Caller.STAFF, roles = {"ADVISER", "MANAGER"})
@RestController
class FollowUpsController {

    private final FollowUps followUps;

    FollowUpsController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Operation(operationId = "followUps", summary = "Customers to call back", description = "Follow-ups opened by detractors' answers, by status, the most urgent first.")
    @GetMapping("/api/v1/follow-ups")
    List<FollowUp> list(@RequestParam(required = false) @Pattern(regexp = STATUS, message = STATUS_IS) String status) {
        return followUps.withStatus(status == null ? null : FollowUpStatus.valueOf(status));
    }

    @Operation(summary = "Take, contact or close a follow-up", description = "Each field given replaces the one before: owner, status, outcome, note.")
    @Refuses({ProblemCode.NOT_FOUND})
    @PatchMapping("/api/v1/follow-ups/{id}")
    FollowUp update(@PathVariable UUID id, @Valid @RequestBody Change change) {
        return followUps.update(id, new FollowUp.Change(change.owner(), change.status() == null ? null : FollowUpStatus.valueOf(change.status()),
                change.outcome(), change.note()));
    }

    static final String STATUS = "OPEN|CONTACTED|CLOSED"; // FollowUpStatus's names; FollowUpsControllerTest holds them equal
    static final String STATUS_IS = "status is OPEN, CONTACTED or CLOSED";

    record Change(@Size(max = 64, message = "owner is at most 64 characters") String owner,
                  @Pattern(regexp = STATUS, message = STATUS_IS) String status,
                  @Size(max = 200, message = "outcome is at most 200 characters") String outcome,
                  @Size(max = 500, message = "note is at most 500 characters") String note) {
    }
}
