package io.smartstore.support.audit;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import io.smartstore.protocol.wire.Refusal;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.csv.CsvMapper;

import java.time.LocalDate;
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

    private static final CsvMapper CSV = new CsvMapper();
    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(operationId = "audit", summary = "The audit trail, as JSON or as CSV", description = "Who did what, when and from where, for the app's own days (the store's at a store, headquarters' at central), optionally of one person; with `Accept: text/csv` for a spreadsheet (the export is itself in the trail).")
    @GetMapping(value = "/api/v1/audit", produces = "application/json")
    @RefusedAs(ProblemCode.INVALID_PERIOD)
    public List<AuditEntry> audit(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "actor is a user name") String actor) {
        if (to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw new Refusal(ProblemCode.INVALID_PERIOD, "from is a day up to 400 days before to");
        }
        return trail.onDays(from, to, actor);
    }

    @io.swagger.v3.oas.annotations.Hidden // documented with its JSON twin (same path and method; Accept chooses)
    @GetMapping(value = "/api/v1/audit", produces = "text/csv")
    @RefusedAs(ProblemCode.INVALID_PERIOD)
    public String auditCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._@-]{1,200}", message = "actor is a user name") String actor) {
        List<AuditEntry> entries = audit(from, to, actor);
        trail.record(AuditAction.EXPORT_CSV, "audit " + from + ".." + to);
        return csv(entries);
    }

    static String csv(List<AuditEntry> entries) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("at", "actor", "action", "target", "address"));
        entries.forEach(entry -> lines.add(List.of(entry.at().toString(), entry.actor(), entry.action(), String.valueOf(entry.target()), entry.address())));
        return CSV.writeValueAsString(lines);
    }
}
