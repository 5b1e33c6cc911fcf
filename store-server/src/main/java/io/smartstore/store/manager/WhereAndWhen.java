package io.smartstore.store.manager;

import io.smartstore.support.i18n.Counted;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.smartstore.store.queue.Waits;
import io.smartstore.store.scores.DailyScores;
import io.smartstore.support.staff.ui.StaffTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where and when the day's answers came from: by hour, sphere, kiosk, adviser (from 10
 * answers), recognised against anonymous; the recognition rate against 100%; the waits
 * promised against kept and the queue. What the day has no data for is not shown.
 */
final class WhereAndWhen {

    private WhereAndWhen() {
    }

    static List<Component> of(DailyScores day) {
        List<Component> parts = new ArrayList<>();
        parts.add(recognition(day));
        parts.add(queue(day.waits()));
        if (!day.byHour().isEmpty()) {
            StaffTable hours = new StaffTable("by-hour", "By hour", "Hour", "Answers", "NPS");
            day.byHour().forEach(hour -> hours.row(String.format(Locale.ROOT, "%02d:00", hour.hour()), hour.responses(), nps(hour.nps())));
            parts.add(hours);
        }
        if (!day.byRecognition().isEmpty()) {
            StaffTable recognised = new StaffTable("by-recognition", "Recognised customers and anonymous answers", "Who", "Answers", "NPS");
            day.byRecognition().forEach(group -> recognised.row(group.recognised() ? "Recognised" : "Anonymous", group.responses(),
                    withMargin(group.nps(), group.marginOfError95())));
            parts.add(recognised);
        }
        if (!day.bySphere().isEmpty()) {
            StaffTable spheres = new StaffTable("by-sphere", "By sphere (answers about an adviser's visit)", "Sphere", "Answers", "NPS");
            day.bySphere().forEach(sphere -> spheres.row(sphere.sphere().toLowerCase(Locale.ROOT).replace('_', ' '), sphere.responses(),
                    withMargin(sphere.nps(), sphere.marginOfError95())));
            parts.add(spheres);
        }
        if (!day.byKiosk().isEmpty()) {
            StaffTable kiosks = new StaffTable("by-kiosk", "By kiosk", "Kiosk", "Answers", "NPS");
            day.byKiosk().forEach(kiosk -> kiosks.row(kiosk.kiosk(), kiosk.responses(), withMargin(kiosk.nps(), kiosk.marginOfError95())));
            parts.add(kiosks);
        }
        if (!day.byAdviser().isEmpty()) {
            StaffTable advisers = new StaffTable("by-adviser", "By adviser (from 10 answers in the day)", "Adviser", "Answers", "NPS");
            day.byAdviser().forEach(adviser -> advisers.row(adviser.adviser(), adviser.responses(),
                    withMargin(adviser.nps(), adviser.marginOfError95())));
            parts.add(advisers);
        }
        return parts;
    }

    private static Component recognition(DailyScores day) {
        Div block = new Div();
        block.addClassName("figure-block");
        block.add(new H3("Recognition"));
        if (day.recognitionRate() == null) {
            block.add(new Paragraph("No kiosk sessions this day."));
            return block;
        }
        int percent = (int) Math.round(day.recognitionRate() * 100);
        Paragraph text = new Paragraph(String.format(Locale.ROOT, "%d%% of %d sessions recognised — the target is 100%%.", percent,
                day.sessions()));
        text.setId("recognition-rate");
        Div meter = io.smartstore.support.staff.ui.Meter.of(day.recognitionRate(), "Recognition rate against the 100% target");
        block.add(text, meter);
        block.add(io.smartstore.support.staff.ui.RecognitionWords.of(day.recognition()));
        return block;
    }

    private static Component queue(Waits waits) {
        Div block = new Div();
        block.addClassName("figure-block");
        block.add(new H3("Queue and waits"));
        if (waits.tickets() == 0) {
            block.add(new Paragraph("No tickets this day."));
            return block;
        }
        Paragraph queue = new Paragraph(String.format(Locale.ROOT, "%s, %d called, %s; median wait %s.", Counted.of(waits.tickets(), "ticket"),
                waits.served(), Counted.of(waits.noShows(), "no-show"), waits.medianWaitMinutes() == null ? "–" : minutes(waits.medianWaitMinutes())));
        queue.setId("queue-figures");
        Paragraph promises = new Paragraph(waits.withinPromise() == null ? "No promised wait to judge yet."
                : String.format(Locale.ROOT, "Waits promised and kept: %d%%, off by %s on average, with ranges %s wide.",
                Math.round(waits.withinPromise() * 100), minutes(waits.meanAbsoluteErrorMinutes()), minutes(waits.meanRangeWidthMinutes())));
        promises.setId("waits-kept");
        block.add(queue, promises);
        return block;
    }

    private static String minutes(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f min", value);
    }

    static String nps(Double nps) {
        return nps == null ? "–" : String.format(Locale.ROOT, "%+.0f", nps);
    }

    private static String withMargin(Double nps, Double margin) {
        return nps == null ? "–" : String.format(Locale.ROOT, "%+.0f ± %.0f", nps, margin);
    }
}
