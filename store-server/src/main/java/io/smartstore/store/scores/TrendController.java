package io.smartstore.store.scores;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code GET /api/v1/scores/trend?from&to} (manager): local days, both inclusive, at most a year. */
@RestController
class TrendController {

    private final TrendService trend;

    TrendController(TrendService trend) {
        this.trend = trend;
    }

    @GetMapping("/api/v1/scores/trend")
    Trend trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new Refusal(ProblemCode.INVALID_PERIOD, "from must not be after to, and a period is at most a year");
        }
        return trend.between(from, to);
    }
}
