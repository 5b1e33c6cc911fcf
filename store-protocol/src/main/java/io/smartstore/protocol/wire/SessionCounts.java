package io.smartstore.protocol.wire;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/sessions} at central: a store's kiosk sessions of one local day, replacing
 * any earlier figure for that store and day. The recognition rate is {@code recognised / sessions}.
 * The day's service figures may ride along: tickets called ({@code served}) and the share whose
 * promised wait was kept ({@code withinPromise}, null while nothing is judged), the call backs
 * due that day ({@code followUpsDue}) and how many of them were closed in time; and where the sessions were
 * recognised and why the others were not ({@code recognition}, from stores that know it), and the unhappy customers
 * recovered while still in the shop ({@code recoveredInTheShop}).
 */
public record SessionCounts(String storeId,
                            @NotNull(message = "country is an ISO 3166 two-letter code")
                            @Pattern(regexp = Formats.COUNTRY, message = "country is an ISO 3166 two-letter code") String country,
                            @NotNull(message = "localDate is required") LocalDate localDate,
                            @PositiveOrZero(message = "sessions is 0 or more") long sessions,
                            @PositiveOrZero(message = "recognised is 0 or more") long recognised,
                            @PositiveOrZero(message = "served is 0 or more") Long served,
                            @DecimalMin(value = "0", message = "withinPromise is a share from 0 to 1")
                            @DecimalMax(value = "1", message = "withinPromise is a share from 0 to 1") Double withinPromise,
                            @PositiveOrZero(message = "followUpsDue is 0 or more") Long followUpsDue,
                            @PositiveOrZero(message = "followUpsClosedInTime is 0 or more") Long followUpsClosedInTime,
                            RecognitionFigures recognition,
                            @PositiveOrZero(message = "recoveredInTheShop is 0 or more") Long recoveredInTheShop) {

    /**
     * Whether the figures agree with each other: recognised ≤ sessions, closed in time ≤ due (and both or neither), and
     * where recognised (at the kiosk + at the desk = recognised, never = the others, the misses none negative and adding
     * up to never).
     */
    public boolean consistent() {
        return recognised <= sessions && (followUpsDue == null
                || followUpsClosedInTime != null && followUpsClosedInTime <= followUpsDue)
                && (recognition == null || recognition.sessions() == sessions && recognition.atKiosk() >= 0 && recognition.atDesk() >= 0
                && recognition.atKiosk() + recognition.atDesk() == recognised && recognition.never() == sessions - recognised
                && recognition.misses().values().stream().allMatch(count -> count >= 0)
                && recognition.misses().values().stream().mapToLong(Long::longValue).sum() == recognition.never());
    }

    public SessionCounts(String storeId, String country, LocalDate localDate, long sessions, long recognised, Long served,
                         Double withinPromise, Long followUpsDue, Long followUpsClosedInTime) {
        this(storeId, country, localDate, sessions, recognised, served, withinPromise, followUpsDue, followUpsClosedInTime, null, null);
    }

    public SessionCounts(String storeId, String country, LocalDate localDate, long sessions, long recognised) {
        this(storeId, country, localDate, sessions, recognised, null, null, null, null, null, null);
    }
}
