package io.smartstore.protocol.wire;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/sessions} at central: a store's kiosk sessions of one local day, replacing
 * any earlier figure for that store and day. The recognition rate is {@code recognised / sessions}.
 */
public record SessionCounts(String storeId, String country, LocalDate localDate, long sessions, long recognised) {
}
