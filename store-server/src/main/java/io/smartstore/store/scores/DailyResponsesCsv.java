package io.smartstore.store.scores;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A day's answers as CSV for a spreadsheet, with no personal data: no comment (free text
 * may name anyone), no visit, no customer, no adviser. {@code counted} says whether the
 * answer is in the day's NPS; {@code misuse} why not, when it was flagged.
 */
@Component
public class DailyResponsesCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();
    private final JdbcClient jdbc;
    private final io.smartstore.store.reasons.AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;

    DailyResponsesCsv(JdbcClient jdbc, io.smartstore.store.reasons.AnswerReasons reasons, io.smartstore.support.audit.AuditTrail audit) {
        this.jdbc = jdbc;
        this.reasons = reasons;
        this.audit = audit;
    }

    /** The day's answers as CSV; each export is in the audit trail. */
    public String of(LocalDate date) {
        audit.record(io.smartstore.support.audit.AuditAction.EXPORT_CSV, date.toString());
        List<Row> rows = jdbc.sql("""
                        SELECT ID, ANSWERED_AT, LOCAL_HOUR, CHANNEL, KIOSK_ID, SCORE, SPHERE, SEGMENT, RECOGNISED, MISUSE, SUPERSEDED
                        FROM FEEDBACK WHERE LOCAL_DATE = ? ORDER BY ANSWERED_AT, ID""")
                .param(date)
                .query((rs, i) -> new Row(rs.getObject("ID", java.util.UUID.class), rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant().toString(),
                        rs.getInt("LOCAL_HOUR"), rs.getString("CHANNEL"), rs.getString("KIOSK_ID"), rs.getInt("SCORE"),
                        "",
                        rs.getString("SPHERE"), rs.getString("SEGMENT"), rs.getBoolean("RECOGNISED"),
                        !rs.getBoolean("MISUSE") && !rs.getBoolean("SUPERSEDED"), rs.getBoolean("MISUSE")))
                .list();
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
