package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.RecognitionFigures;

import java.util.List;

/** {@code GET /api/v1/recognition}: recognised kiosk sessions / all kiosk sessions, for the group, each country and each store. */
public record RecognitionRates(Rate group, List<Country> countries) {

    /**
     * {@code rate} is {@code null} without sessions; {@code served} tickets called and {@code waitsKept}
     * the share whose promised wait was kept (weighted by tickets; {@code null} while nothing is judged),
     * {@code followUpsDue} the call backs due and {@code followUpsClosedInTime} the share closed before due;
     * {@code recognition} where sessions were recognised (kiosk, desk) and why the others were not; {@code recoveredInTheShop}
     * the unhappy customers recovered before they left the shop.
     */
    public record Rate(long sessions, long recognised, Double rate, long served, Double waitsKept, long followUpsDue, Double followUpsClosedInTime,
                       RecognitionFigures recognition, long recoveredInTheShop) {
        static Rate of(long sessions, long recognised, long served, double kept, long due, long closedInTime, RecognitionFigures recognition,
                       long recoveredInTheShop) {
            return new Rate(sessions, recognised, share(recognised, sessions), served, share(kept, served), due, share(closedInTime, due), recognition,
                    recoveredInTheShop);
        }
    }

    static Double share(double part, long whole) {
        return whole == 0 ? null : io.smartstore.protocol.nps.Rounding.twoDecimals(part / whole);
    }

    public record Country(String country, long sessions, long recognised, Double rate, long served, Double waitsKept, long followUpsDue,
                          Double followUpsClosedInTime, List<Store> stores, RecognitionFigures recognition, long recoveredInTheShop) {
    }

    public record Store(String storeId, long sessions, long recognised, Double rate, long served, Double waitsKept, long followUpsDue,
                        Double followUpsClosedInTime, RecognitionFigures recognition, long recoveredInTheShop) {
    }
}
