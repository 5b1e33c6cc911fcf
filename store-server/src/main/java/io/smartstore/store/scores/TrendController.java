package io.smartstore.store.scores;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code GET /api/v1/scores/trend?from&to} (manager): local days, both inclusive, at most a year. */
@CalledBy(value = Caller.STAFF, roles = {"MANAGER", "ADMIN"})
@RestController
class TrendController {

    private final TrendService trend;

    TrendController(TrendService trend) {
        this.trend = trend;
    }

    @Operation(summary = "The store's NPS day by day", description = "Local days from `from` to `to`, both included, at most a year.")
    @Refuses({ProblemCode.INVALID_PERIOD})
    @GetMapping("/api/v1/scores/trend")
    Trend trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new Refusal(ProblemCode.INVALID_PERIOD, "from must not be after to, and a period is at most a year");
        }
        return trend.between(from, to);
    }
}
