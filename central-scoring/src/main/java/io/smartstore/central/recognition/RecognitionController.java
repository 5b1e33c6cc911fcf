package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.clients.EnrolledClient;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/sessions} (store): a day's kiosk sessions, replacing the store's earlier
 * figure for that day; {@code GET /api/v1/recognition} (analyst): the recognition rate.
 */
@RestController
class RecognitionController {

    private final SessionDays days;

    RecognitionController(SessionDays days) {
        this.days = days;
    }

    @PostMapping("/api/v1/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@RequestBody SessionCounts counts, @AuthenticationPrincipal EnrolledClient store) {
        if (counts == null || counts.localDate() == null || counts.country() == null || !counts.country().matches("[A-Z]{2}")
                || counts.sessions() < 0 || counts.recognised() < 0 || counts.recognised() > counts.sessions()
                || counts.served() != null && counts.served() < 0
                || counts.withinPromise() != null && (counts.withinPromise() < 0 || counts.withinPromise() > 1)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_SESSION,
                    "A session report needs a localDate, a country and 0 ≤ recognised ≤ sessions");
        }
        if (!store.id().equals(counts.storeId())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, ProblemCode.STORE_MISMATCH, "A store may only report its own sessions");
        }
        days.replace(counts);
    }

    @GetMapping("/api/v1/recognition")
    RecognitionRates recognition(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3660) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_PERIOD, "from must not be after to, and a period is at most ten years");
        }
        Map<String, List<SessionDays.StoreSessions>> byCountry = new LinkedHashMap<>();
        days.byStore(from, to).forEach(store -> byCountry.computeIfAbsent(store.country(), c -> new ArrayList<>()).add(store));
        List<RecognitionRates.Country> countries = new ArrayList<>();
        long groupSessions = 0;
        long groupRecognised = 0;
        for (var entry : byCountry.entrySet()) {
            long sessions = entry.getValue().stream().mapToLong(SessionDays.StoreSessions::sessions).sum();
            long recognised = entry.getValue().stream().mapToLong(SessionDays.StoreSessions::recognised).sum();
            List<RecognitionRates.Store> stores = entry.getValue().stream().map(s -> new RecognitionRates.Store(s.storeId(),
                    s.sessions(), s.recognised(), RecognitionRates.Rate.of(s.sessions(), s.recognised()).rate())).toList();
            countries.add(new RecognitionRates.Country(entry.getKey(), sessions, recognised,
                    RecognitionRates.Rate.of(sessions, recognised).rate(), stores));
            groupSessions += sessions;
            groupRecognised += recognised;
        }
        return new RecognitionRates(RecognitionRates.Rate.of(groupSessions, groupRecognised), countries);
    }
}
