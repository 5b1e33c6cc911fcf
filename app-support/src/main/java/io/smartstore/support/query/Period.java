package io.smartstore.support.query;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of local days, both included ({@code ?from=2026-11-01&to=2026-11-30}): bound from a query's parameters
 * ({@code @ParameterObject @Valid}), refused as {@code invalid_period} when {@code to} comes before {@code from} or
 * when it is longer than its endpoint's {@link AtMostDays}; a missing or unreadable day is {@code malformed_request}.
 */
@RefusedAs(ProblemCode.INVALID_PERIOD)
public record Period(
        @NotNull(message = "from is the first day, such as 2026-11-01") @RefusedAs(ProblemCode.MALFORMED_REQUEST)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @NotNull(message = "to is the last day, such as 2026-11-30") @RefusedAs(ProblemCode.MALFORMED_REQUEST)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** The longest period headquarters asks about: ten years and their leap days, both ends counted. */
    public static final long TEN_YEARS = 3661;

    /** A year from a day to the same day a year later, both counted (a leap year's too). */
    public static final long A_YEAR = 367;

    /** Days in the period, both ends counted; 0 when it is not one. */
    public long days() {
        return from == null || to == null || to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    @AssertTrue(message = "from must not be after to")
    public boolean isInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }
}
