package io.smartstore.central.recognition;

import java.util.List;

/** {@code GET /api/v1/recognition}: recognised kiosk sessions / all kiosk sessions, for the group, each country and each store. */
public record RecognitionRates(Rate group, List<Country> countries) {

    /** {@code rate} is {@code null} without sessions. */
    public record Rate(long sessions, long recognised, Double rate) {
        static Rate of(long sessions, long recognised) {
            return new Rate(sessions, recognised, sessions == 0 ? null
                    : io.smartstore.protocol.nps.Rounding.twoDecimals((double) recognised / sessions));
        }
    }

    public record Country(String country, long sessions, long recognised, Double rate, List<Store> stores) {
    }

    public record Store(String storeId, long sessions, long recognised, Double rate) {
    }
}
