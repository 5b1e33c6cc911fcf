package io.smartstore.central.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import io.smartstore.central.stores.StoreRanking;
import io.smartstore.central.stores.StoreRankings;
import io.smartstore.support.staff.ui.CsvTable;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

/** A country's segment, store by store: each store's answers from customers of that segment. */
final class SegmentStores {

    private SegmentStores() {
    }

    static Div of(StoreRankings rankings, DashboardView.Level level, LocalDate from, LocalDate to,
                  BiFunction<String, DashboardView.Level, Component> link) {
        StoreRanking ranking = rankings.of(from, to, level.country(), level.segment());
        CsvTable table = new CsvTable("segment-stores", "Stores, answers from " + level.segment().toLowerCase(Locale.ROOT) + " customers",
                "Store", "Answers", "NPS", "± MoE", "Lower bound");
        java.util.stream.Stream.concat(ranking.ranked().stream(), ranking.indicative().stream()).forEach(store -> table.row(
                link.apply(store.storeId(), new DashboardView.Level(level.country(), level.segment(), store.storeId())), store.responses(),
                DashboardView.points(store.nps()), DashboardView.margin(store.marginOfError95()),
                store.responses() < StoreRanking.MIN_RESPONSES ? "indicative" : DashboardView.points(store.lowerBound())));
        return DashboardView.section(level.country() + ", " + level.segment().toLowerCase(Locale.ROOT),
                table.withDownload(level.country() + "-" + level.segment() + "-stores"));
    }
}
