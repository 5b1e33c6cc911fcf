package io.smartstore.store.retention;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Period;

/**
 * How long the store keeps personal details ({@code smartstore.retention.*}): customers'
 * comments and call-back notes, which visit (so which customer) an answer or ticket came from,
 * kiosk sessions, and tickets (13 months each: a year to compare with, and a month to read it).
 * Scores, segments and spheres stay: they are the figures.
 *
 * @param comments how long customers' comments and call-back notes are kept (a week or more)
 * @param visits how long the store remembers which visit, so which customer, an answer or a ticket came from
 * @param sessions how long kiosk sessions are kept
 * @param tickets how long tickets are kept
 */
@Validated
@ConfigurationProperties("smartstore.retention")
public record RetentionSettings(@NotNull @DefaultValue("13m") Period comments, @NotNull @DefaultValue("13m") Period visits,
                                @NotNull @DefaultValue("13m") Period sessions, @NotNull @DefaultValue("13m") Period tickets) {

    public RetentionSettings {
        for (Period period : new Period[] {comments, visits, sessions, tickets}) {
            if (period != null && (period.isNegative() || period.toTotalMonths() * 31 + period.getDays() < 7)) {
                throw new IllegalArgumentException("smartstore.retention.* periods are a week or more, such as 13m or 90d; was " + period);
            }
        }
    }
}
