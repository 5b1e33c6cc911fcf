package io.smartstore.central.scores;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What every analyst query checks: a period of local days (at most ten years) and an optional country code. */
public final class QueryChecks {

    static final long MAX_DAYS = 3660;

    private QueryChecks() {
    }

    public static void period(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new Refusal(ProblemCode.INVALID_PERIOD, "from must not be after to, and a period is at most ten years");
        }
    }

    public static void country(String country) {
        if (country != null && !country.matches(io.smartstore.protocol.wire.Formats.COUNTRY)) {
            throw new Refusal(ProblemCode.INVALID_COUNTRY, "A country is an ISO 3166 two-letter code");
        }
    }
}
