package io.smartstore.central.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/stores/ranking}: stores with at least 30 counted answers in the period,
 * by the lower bound of their NPS (NPS − margin of error) from the highest; the others apart
 * in {@code indicative}, never ranked (scoring.md).
 */
public record StoreRanking(LocalDate from, LocalDate to, List<StoreScore> ranked, List<StoreScore> indicative) {

    public static final int MIN_RESPONSES = io.smartstore.protocol.nps.Score.INDICATIVE_BELOW;

    public record StoreScore(String storeId, String country, long responses, Double nps, Double marginOfError95, Double lowerBound) {
    }
}
