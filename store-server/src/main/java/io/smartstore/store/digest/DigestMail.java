package io.smartstore.store.digest;

import io.smartstore.store.scores.DailyScores;
import io.smartstore.support.i18n.Translations;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The morning e-mail's subject, plain text and HTML, from a {@link Digest}. */
final class DigestMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private DigestMail() {
    }

    static String subject(Digest digest) {
        DailyScores day = digest.figures();
        return digest.storeId() + ", " + digest.day() + ": " + (day.nps() == null ? "no answers"
                : String.format(Locale.ROOT, "NPS %+.0f ± %.0f, %d %s", day.nps(), day.marginOfError95(), day.responses(),
                day.responses() == 1 ? "answer" : "answers"));
    }

    /** The lines of the e-mail, in order; the HTML version shows the same lines. */
    static List<String> lines(Digest digest, ZoneId zone) {
        DailyScores day = digest.figures();
        List<String> lines = new ArrayList<>();
        lines.add(digest.storeId() + " on " + DAY.format(digest.day()));
        if (day.nps() == null) {
            lines.add("Nobody answered that day.");
        } else {
            lines.add(String.format(Locale.ROOT, "NPS %+.0f ± %.0f points (95%%), %s.",
                    day.nps(), day.marginOfError95(), day.answersInWords()));
            if (day.responses() < 30) {
                lines.add("Indicative only: fewer than " + io.smartstore.protocol.nps.Score.INDICATIVE_BELOW + " answers.");
            }
        }
        lines.add(digest.change().inWords(Digest.TREND_DAYS));
        List<DailyScores.ReasonCount> cited = day.reasons().stream().filter(reason -> reason.detractors() > 0).limit(Digest.TOP_REASONS).toList();
        if (!cited.isEmpty()) {
            lines.add("What detractors cited most: " + cited.stream()
                    .map(reason -> Translations.reasonInEnglish(reason.reason()) + " (" + reason.detractors() + ")").collect(Collectors.joining(", ")) + ".");
        }
        lines.add(digest.overdueSince().isEmpty() ? "No call back is overdue."
                : digest.overdueSince().size() + " call " + (digest.overdueSince().size() == 1 ? "back is" : "backs are")
                + " overdue, the oldest due " + DUE.format(digest.overdueSince().getFirst().atZone(zone)) + ".");
        lines.add("Call backs opened that day: " + day.followUps().opened() + ".");
        lines.add(digest.kioskProblems().isEmpty() ? "No kiosk problem." : "Kiosk problems: " + digest.kioskProblems().stream()
                .map(change -> change.kioskId() + " " + change.state() + " at " + HOUR.format(change.at().atZone(zone)) + " (" + change.reason() + ")")
                .collect(Collectors.joining(", ")) + ".");
        if (day.excludedAsMisuse() > 0) {
            lines.add(io.smartstore.support.i18n.Counted.of(day.excludedAsMisuse(), "answer") + " set aside as misuse, not counted.");
        }
        return lines;
    }

    static String text(Digest digest, ZoneId zone) {
        return String.join("\n\n", lines(digest, zone)) + "\n\nThe day page: " + digest.pageUrl() + "\n";
    }

    static String html(Digest digest, ZoneId zone) {
        List<String> lines = lines(digest, zone);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject(digest))).append("</title></head>")
                .append("<body style=\"font-family:system-ui,sans-serif;color:#0f172a;max-width:600px;margin:24px auto;padding:0 16px\">")
                .append("<h1 style=\"font-size:20px\">").append(HtmlUtils.htmlEscape(lines.getFirst())).append("</h1>");
        DailyScores day = digest.figures();
        if (day.nps() != null) {
            html.append("<p style=\"font-size:48px;font-weight:800;margin:8px 0;color:").append(day.responses() < 30 ? "#64748b" : "#0f172a")
                    .append("\">").append(String.format(Locale.ROOT, "%+.0f", day.nps())).append("</p>");
        }
        lines.stream().skip(1).forEach(line -> html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(digest.pageUrl())).append("\" style=\"color:#1d4ed8\">Open the day page</a></p>")
                .append("</body></html>");
        return html.toString();
    }
}
