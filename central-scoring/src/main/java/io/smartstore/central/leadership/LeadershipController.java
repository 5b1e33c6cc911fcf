package io.smartstore.central.leadership;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.central.scores.QueryChecks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code GET /api/v1/leadership?from&to} (analyst). */
@CalledBy(value = Caller.STAFF, roles = {"ANALYST", "ADMIN"})
@RestController
class LeadershipController {

    private final LeadershipService leadership;

    LeadershipController(LeadershipService leadership) {
        this.leadership = leadership;
    }

    @Operation(summary = "Leadership against competitors", description = "Each country's NPS beside its competitors' over the period.")
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping("/api/v1/leadership")
    Leadership leadership(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        QueryChecks.period(from, to);
        return leadership.of(from, to);
    }
}
