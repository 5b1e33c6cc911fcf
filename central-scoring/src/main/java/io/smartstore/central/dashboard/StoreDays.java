package io.smartstore.central.dashboard;

import com.vaadin.flow.component.html.Div;
import io.smartstore.central.scores.ScoreService;
import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.support.staff.ui.CsvTable;

import java.time.LocalDate;
import java.util.Map;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/** A store's days: answers, NPS and margin (of one segment's customers when a segment is chosen). */
final class StoreDays {

    private StoreDays() {
    }

    static Div of(ScoreService scores, String store, String segment, LocalDate from, LocalDate to) {
        Map<LocalDate, NpsTally> days = scores.storeDays(store, segment, from, to);
        CsvTable table = new CsvTable("store-days", store + " day by day" + (segment == null ? "" : ", " + segment.toLowerCase(java.util.Locale.ROOT)),
                "Day", "Answers", "NPS", "± MoE");
        days.forEach((day, tally) -> table.row(day.toString(), tally.responses(), DashboardView.points(twoDecimals(tally.nps())),
                DashboardView.margin(twoDecimals(tally.marginOfError95()))));
        return DashboardView.section(store, table.withDownload(store + "-days"));
    }
}
