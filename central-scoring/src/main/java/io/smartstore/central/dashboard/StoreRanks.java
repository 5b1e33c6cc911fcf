package io.smartstore.central.dashboard;

import io.smartstore.protocol.nps.Score;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import io.smartstore.central.stores.StoreRanking;
import io.smartstore.central.stores.StoreRankings;
import io.smartstore.support.staff.ui.CsvTable;

import java.time.LocalDate;
import java.util.function.Function;

/** The stores by the lower bound of their NPS, and apart those with fewer than 30 answers (never ranked). */
final class StoreRanks {

    private StoreRanks() {
    }

    static Div of(StoreRankings rankings, String country, LocalDate from, LocalDate to, Function<String, Component> link) {
        StoreRanking ranking = rankings.of(from, to, country, null);
        CsvTable ranked = new CsvTable("ranking", "Stores by the lower bound of their NPS (NPS − margin), from " + Score.INDICATIVE_BELOW + " answers",
                "Store", "Country", "Answers", "NPS", "± MoE", "Lower bound");
        ranking.ranked().forEach(store -> ranked.row(link.apply(store.storeId()), store.country(), store.responses(),
                DashboardView.points(store.nps()), DashboardView.margin(store.marginOfError95()), DashboardView.points(store.lowerBound())));
        CsvTable indicative = new CsvTable("indicative", "Fewer than " + Score.INDICATIVE_BELOW + " answers: indicative, not ranked", "Store", "Country", "Answers", "NPS");
        ranking.indicative().forEach(store -> indicative.row(link.apply(store.storeId()), store.country(), store.responses(),
                DashboardView.points(store.nps())));
        return DashboardView.section("Stores", ranked.withDownload("store-ranking"), indicative.withDownload("stores-indicative"));
    }
}
