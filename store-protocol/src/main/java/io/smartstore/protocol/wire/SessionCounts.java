package io.smartstore.protocol.wire;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/sessions} at central: a store's kiosk sessions of one local day, replacing
 * any earlier figure for that store and day. The recognition rate is {@code recognised / sessions}.
 * The day's service figures may ride along: tickets called ({@code served}) and the share whose
 * promised wait was kept ({@code withinPromise}, null while nothing is judged), the call backs
 * due that day ({@code followUpsDue}) and how many of them were closed in time.
 */
public record SessionCounts(String storeId, String country, LocalDate localDate, long sessions, long recognised, Long served,
                            Double withinPromise, Long followUpsDue, Long followUpsClosedInTime) {

    public SessionCounts(String storeId, String country, LocalDate localDate, long sessions, long recognised) {
        this(storeId, country, localDate, sessions, recognised, null, null, null, null);
    }
}
