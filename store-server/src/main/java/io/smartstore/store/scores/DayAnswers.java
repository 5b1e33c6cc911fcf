package io.smartstore.store.scores;

import io.smartstore.protocol.nps.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The store's answers (table {@code FEEDBACK} and the reasons chosen) as the manager's figures read them, grouped in SQL
 * so that a day of thousands of answers is a few rows. Only SQL here; the figures are made by the services of this package.
 */
@Repository
class DayAnswers {

    /** Answers that count: neither misuse nor replaced by a later answer for the same visit. */
    private static final String COUNTED = "MISUSE = FALSE AND SUPERSEDED = FALSE";
    private final JdbcClient jdbc;

    DayAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code answers} counted answers of one day alike in score, sphere, hour, kiosk, adviser and recognition. */
    record Group(int score, String sphere, int hour, String kiosk, String adviser, boolean recognised, long answers) {
    }

    /** {@code answers} counted answers of one score, on a day or for a reason. */
    record Scored<K>(K key, int score, long answers) {
    }

    List<Group> countedOn(LocalDate date) {
        return jdbc.sql("SELECT SCORE, SPHERE, LOCAL_HOUR, KIOSK_ID, ADVISER, RECOGNISED, COUNT(*) AS N FROM FEEDBACK WHERE LOCAL_DATE = ? AND "
                        + COUNTED + " GROUP BY SCORE, SPHERE, LOCAL_HOUR, KIOSK_ID, ADVISER, RECOGNISED")
                .param(date)
                .query((rs, i) -> new Group(rs.getInt("SCORE"), rs.getString("SPHERE"), rs.getInt("LOCAL_HOUR"), rs.getString("KIOSK_ID"),
                        rs.getString("ADVISER"), rs.getBoolean("RECOGNISED"), rs.getLong("N")))
                .list();
    }

    /** Each reason chosen in the day's counted answers, by score. */
    List<Scored<String>> reasonsOn(LocalDate date) {
        return jdbc.sql("SELECT r.REASON, FEEDBACK.SCORE, COUNT(*) AS N FROM FEEDBACK_REASON r JOIN FEEDBACK ON FEEDBACK.ID = r.FEEDBACK_ID"
                        + " WHERE FEEDBACK.LOCAL_DATE = ? AND " + COUNTED + " GROUP BY r.REASON, FEEDBACK.SCORE").param(date)
                .query((rs, i) -> new Scored<>(rs.getString("REASON"), rs.getInt("SCORE"), rs.getLong("N")))
                .list();
    }

    List<DailyScores.MisuseEntry> misuseOn(LocalDate date) {
        return jdbc.sql("SELECT ID, KIOSK_ID, ANSWERED_AT, SCORE, MISUSE_REASON FROM FEEDBACK WHERE LOCAL_DATE = ? AND MISUSE = TRUE ORDER BY ANSWERED_AT, ID")
                .param(date)
                .query((rs, i) -> new DailyScores.MisuseEntry(rs.getObject("ID", UUID.class), rs.getString("KIOSK_ID"),
                        rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant(), rs.getInt("SCORE"), rs.getString("MISUSE_REASON")))
                .list();
    }

    /** The counted answers of each day from {@code from} to {@code to}, by score. */
    List<Scored<LocalDate>> countedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT LOCAL_DATE, SCORE, COUNT(*) AS N FROM FEEDBACK WHERE LOCAL_DATE BETWEEN ? AND ? AND "
                        + COUNTED + " GROUP BY LOCAL_DATE, SCORE")
                .params(from, to)
                .query((rs, i) -> new Scored<>(rs.getObject("LOCAL_DATE", LocalDate.class), rs.getInt("SCORE"), rs.getLong("N")))
                .list();
    }

    /** The day's counted answers with a comment, newest first, at most {@code max}; only detractors if asked. */
    List<Verbatims.Verbatim> commentsOn(LocalDate day, boolean detractorsOnly, int max) {
        return jdbc.sql("SELECT ANSWERED_AT, SCORE, COMMENT_TEXT, SPHERE, ADVISER, LANGUAGE FROM FEEDBACK WHERE LOCAL_DATE = ? AND "
                        + COUNTED + " AND COMMENT_TEXT IS NOT NULL" + (detractorsOnly ? " AND SCORE <= " + Score.DETRACTOR_MAX : "")
                        + " ORDER BY ANSWERED_AT DESC FETCH FIRST " + max + " ROWS ONLY")
                .param(day)
                .query((rs, i) -> new Verbatims.Verbatim(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Every answer of the day, counted or not, without its reasons, in the order answered. */
    List<DailyResponsesCsv.Row> rowsOn(LocalDate date) {
        return jdbc.sql("""
                        SELECT ID, ANSWERED_AT, LOCAL_HOUR, CHANNEL, KIOSK_ID, SCORE, SPHERE, SEGMENT, RECOGNISED, MISUSE, SUPERSEDED
                        FROM FEEDBACK WHERE LOCAL_DATE = ? ORDER BY ANSWERED_AT, ID""")
                .param(date)
                .query((rs, i) -> new DailyResponsesCsv.Row(rs.getObject("ID", UUID.class),
                        rs.getObject("ANSWERED_AT", OffsetDateTime.class).toInstant().toString(),
                        rs.getInt("LOCAL_HOUR"), rs.getString("CHANNEL"), rs.getString("KIOSK_ID"), rs.getInt("SCORE"), "",
                        rs.getString("SPHERE"), rs.getString("SEGMENT"), rs.getBoolean("RECOGNISED"),
                        !rs.getBoolean("MISUSE") && !rs.getBoolean("SUPERSEDED"), rs.getBoolean("MISUSE")))
                .list();
    }
}
