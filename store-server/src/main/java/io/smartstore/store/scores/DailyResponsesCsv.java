package io.smartstore.store.scores;

import org.springframework.stereotype.Service;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's answers as CSV for a spreadsheet, with no personal data: no comment (free text
 * may name anyone), no visit, no customer, no adviser. {@code counted} says whether the
 * answer is in the day's NPS; {@code misuse} why not, when it was flagged.
 */
@Service
public class DailyResponsesCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();
    private final DayAnswers answers;
    private final io.smartstore.store.reasons.AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;

    DailyResponsesCsv(DayAnswers answers, io.smartstore.store.reasons.AnswerReasons reasons, io.smartstore.support.audit.AuditTrail audit) {
        this.answers = answers;
        this.reasons = reasons;
        this.audit = audit;
    }

    /** The day's answers as CSV; each export is in the audit trail. */
    public String of(LocalDate date) {
        audit.record(io.smartstore.support.audit.AuditAction.EXPORT_CSV, date.toString());
        List<Row> rows = answers.rowsOn(date);
        java.util.Map<java.util.UUID, List<String>> chosen = reasons.ofDay(date);
        rows = rows.stream().map(row -> row.withReasons(String.join(" ", chosen.getOrDefault(row.id(), List.of())))).toList();
        return CSV.writer(SCHEMA).writeValueAsString(rows);
    }

    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "answeredAt", "localHour", "channel", "kiosk", "score", "reasons",
            "sphere", "segment", "recognised", "counted", "misuse"})
    record Row(java.util.UUID id, String answeredAt, int localHour, String channel, String kiosk, int score, String reasons,
               String sphere, String segment, boolean recognised, boolean counted, boolean misuse) {

        Row withReasons(String chosen) {
            return new Row(id, answeredAt, localHour, channel, kiosk, score, chosen, sphere, segment, recognised, counted, misuse);
        }
    }
}
