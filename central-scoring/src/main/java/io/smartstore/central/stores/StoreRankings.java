package io.smartstore.central.stores;

import io.smartstore.central.responses.ScoreCells;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** Stores of a period (of a country, of one segment's customers) by the lower bound of their NPS; small ones apart. */
@Service
public class StoreRankings {

    private final ScoreCells cells;

    StoreRankings(ScoreCells cells) {
        this.cells = cells;
    }

    public StoreRanking of(LocalDate from, LocalDate to, String country, String segment) {
        List<StoreRanking.StoreScore> stores = cells.byStore(from, to, country, segment).stream()
                .map(store -> new StoreRanking.StoreScore(store.storeId(), store.country(), store.tally().responses(),
                        twoDecimals(store.tally().nps()), twoDecimals(store.tally().marginOfError95()),
                        twoDecimals(store.tally().nps().orElseThrow() - store.tally().marginOfError95().orElseThrow())))
                .toList();
        Comparator<StoreRanking.StoreScore> byLowerBound = Comparator.comparing(StoreRanking.StoreScore::lowerBound).reversed()
                .thenComparing(StoreRanking.StoreScore::storeId);
        return new StoreRanking(from, to,
                stores.stream().filter(store -> store.responses() >= StoreRanking.MIN_RESPONSES).sorted(byLowerBound).toList(),
                stores.stream().filter(store -> store.responses() < StoreRanking.MIN_RESPONSES)
                        .sorted(Comparator.comparing(StoreRanking.StoreScore::storeId)).toList());
    }
}
