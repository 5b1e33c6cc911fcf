package io.smartstore.store.scores;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** What customers wrote on a day, newest first, with the score, sphere, adviser and language: the "why" behind the figures. */
@Component
public class Verbatims {

    static final int MAX = 200;
    private final JdbcClient jdbc;

    Verbatims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted answers with a comment; only detractors if asked, only those containing {@code search} (any case) if given. */
    public List<Verbatim> on(LocalDate day, boolean detractorsOnly, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("SELECT ANSWERED_AT, SCORE, COMMENT_TEXT, SPHERE, ADVISER, LANGUAGE FROM FEEDBACK WHERE LOCAL_DATE = ? AND "
                        + DailyScoreService.COUNTED + " AND COMMENT_TEXT IS NOT NULL" + (detractorsOnly ? " AND SCORE <= " + io.smartstore.protocol.nps.Score.DETRACTOR_MAX : "")
                        + " ORDER BY ANSWERED_AT DESC FETCH FIRST " + MAX + " ROWS ONLY")
                .param(day)
                .query((rs, i) -> new Verbatim(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list().stream().filter(v -> needle.isEmpty() || v.comment().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** One comment and its context. */
    public record Verbatim(Instant answeredAt, int score, String comment, String sphere, String adviser, String language) {
    }
}
