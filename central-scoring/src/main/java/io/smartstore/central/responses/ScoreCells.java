package io.smartstore.central.responses;

import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.protocol.wire.ScoredResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * Per-day aggregates: the count of each score 0–10 per (day, country, store, segment,
 * sphere). Scores are computed from these cells, so a query's cost grows with the
 * number of cells, never with the number of answers.
 */
@Repository
public class ScoreCells {

    static final String NONE = "";
    private static final String SUMS = "SUM(S0), SUM(S1), SUM(S2), SUM(S3), SUM(S4), SUM(S5), SUM(S6), SUM(S7), SUM(S8), SUM(S9), SUM(S10)";
    private final JdbcClient jdbc;

    ScoreCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String storeId, String country, ScoredResponse response) {
        count(storeId, country, response.localDate(), response.segment(), response.sphere(), response.score(), 1);
    }

    /** Takes back an answer counted before: a later answer for the same visit replaces it. */
    void remove(String storeId, String country, LocalDate day, String segment, String sphere, int score) {
        count(storeId, country, day, segment, sphere, score, -1);
    }

    private void count(String storeId, String country, LocalDate day, String segmentOrNull, String sphereOrNull, int score, int delta) {
        String column = "S" + score;
        String segment = segmentOrNull == null ? NONE : segmentOrNull;
        String sphere = sphereOrNull == null ? NONE : sphereOrNull;
        String increment = "UPDATE SCORE_CELL SET " + column + " = " + column + " + " + delta + " "
                + "WHERE LOCAL_DATE = ? AND COUNTRY = ? AND STORE_ID = ? AND SEGMENT = ? AND SPHERE = ?";
        if (jdbc.sql(increment).params(day, country, storeId, segment, sphere).update() == 1 || delta < 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO SCORE_CELL (LOCAL_DATE, COUNTRY, STORE_ID, SEGMENT, SPHERE, " + column + ") VALUES (?, ?, ?, ?, ?, 1)")
                    .params(day, country, storeId, segment, sphere).update();
        } catch (DuplicateKeyException raced) {
            // another instance made the cell first: count in it
            jdbc.sql(increment).params(day, country, storeId, segment, sphere).update();
        }
    }

    /** Tallies by (country, segment) over the days {@code from}–{@code to}; segment "" holds anonymous answers. */
    public List<SegmentTally> bySegment(LocalDate from, LocalDate to, String country) {
        String where = country == null ? "" : " AND COUNTRY = :country";
        var query = jdbc.sql("SELECT COUNTRY, SEGMENT, " + SUMS + " FROM SCORE_CELL WHERE LOCAL_DATE BETWEEN :from AND :to"
                        + where + " GROUP BY COUNTRY, SEGMENT ORDER BY COUNTRY, SEGMENT")
                .param("from", from).param("to", to);
        if (country != null) {
            query = query.param("country", country);
        }
        return query.query((rs, i) -> {
            long[] counts = new long[11];
            for (int score = 0; score <= 10; score++) {
                counts[score] = rs.getLong(3 + score);
            }
            return new SegmentTally(rs.getString(1), rs.getString(2), NpsTally.ofDistribution(counts));
        }).list();
    }

    /** One (country, segment) cell of a period. */
    public record SegmentTally(String country, String segment, NpsTally tally) {
        public boolean anonymous() {
            return NONE.equals(segment);
        }
    }

}
