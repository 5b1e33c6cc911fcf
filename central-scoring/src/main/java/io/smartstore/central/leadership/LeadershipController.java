package io.smartstore.central.leadership;

import io.smartstore.central.scores.QueryChecks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code GET /api/v1/leadership?from&to} (analyst). */
@RestController
class LeadershipController {

    private final LeadershipService leadership;

    LeadershipController(LeadershipService leadership) {
        this.leadership = leadership;
    }

    @GetMapping("/api/v1/leadership")
    Leadership leadership(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        QueryChecks.period(from, to);
        return leadership.of(from, to);
    }
}
