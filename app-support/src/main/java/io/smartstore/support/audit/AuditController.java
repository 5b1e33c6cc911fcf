package io.smartstore.support.audit;

import io.smartstore.support.query.AtMostDays;
import io.smartstore.support.query.Period;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/audit?from=…&to=…[&actor=…]} (admin): the audit trail of those days
 * (the app's own days: the store's at a store, headquarters' at central; both included), as JSON or as CSV
 * ({@code Accept: text/csv}).
 */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
public class AuditController {

    /** A day and the 400 after it, at most. */
    static final long MAX_DAYS = 401;
    private static final CsvMapper CSV = new CsvMapper();
    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(operationId = "audit", summary = "The audit trail, as JSON or as CSV", description = "Who did what, when and from where, for the app's own days (the store's at a store, headquarters' at central), optionally of one person; with `Accept: text/csv` for a spreadsheet (the export is itself in the trail).")
    @GetMapping(value = "/api/v1/audit", produces = "application/json")
    @RefusedAs(ProblemCode.INVALID_PERIOD)
    public List<AuditEntry> audit(@ParameterObject @Valid @AtMostDays(AuditController.MAX_DAYS) Period period,
                                  @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "actor is a user name") String actor) {
        return trail.onDays(period.from(), period.to(), actor);
    }

    @io.swagger.v3.oas.annotations.Hidden // documented with its JSON twin (same path and method; Accept chooses)
    @GetMapping(value = "/api/v1/audit", produces = "text/csv")
    @RefusedAs(ProblemCode.INVALID_PERIOD)
    public String auditCsv(@ParameterObject @Valid @AtMostDays(AuditController.MAX_DAYS) Period period,
                           @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "actor is a user name") String actor) {
        List<AuditEntry> entries = audit(period, actor);
        trail.record(AuditAction.EXPORT_CSV, "audit " + period.from() + ".." + period.to());
        return csv(entries);
    }

    static String csv(List<AuditEntry> entries) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("at", "actor", "action", "target", "address"));
        entries.forEach(entry -> lines.add(List.of(entry.at().toString(), entry.actor(), entry.action(), String.valueOf(entry.target()), entry.address())));
        return CSV.writeValueAsString(lines);
    }
}
