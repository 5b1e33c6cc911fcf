package io.smartstore.central.responses;

import io.smartstore.protocol.nps.NpsTally;
import io.smartstore.support.jdbc.GuardedInsert;
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
    private final GuardedInsert guarded;

    ScoreCells(JdbcClient jdbc, GuardedInsert guarded) {
        this.jdbc = jdbc;
        this.guarded = guarded;
    }

    /** One cell: a store's answers of a day for a segment and a sphere ("" for none). Ordered, so that cells are always written in one order. */
    record Key(LocalDate day, String country, String storeId, String segment, String sphere) implements Comparable<Key> {
        Key {
            segment = segment == null ? NONE : segment;
            sphere = sphere == null ? NONE : sphere;
        }

        @Override
        public int compareTo(Key other) {
            return java.util.Comparator.comparing(Key::day).thenComparing(Key::country).thenComparing(Key::storeId)
                    .thenComparing(Key::segment).thenComparing(Key::sphere).compare(this, other);
        }
    }

    /**
     * Adds a batch's changes, one statement per cell, in the cells' order (two instances
     * writing overlapping cells wait for each other instead of deadlocking). A cell's first
     * answer creates it; if another instance created it a moment before, the insert alone is
     * undone and the change goes into its row.
     */
    void apply(java.util.SortedMap<Key, long[]> changes) {
        String increments = java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(score -> "S" + score + " = S" + score + " + ?")
                .collect(java.util.stream.Collectors.joining(", "));
        changes.forEach((key, delta) -> {
            List<Object> params = new java.util.ArrayList<>();
            for (long d : delta) {
                params.add(d);
            }
            params.addAll(List.of(key.day(), key.country(), key.storeId(), key.segment(), key.sphere()));
            String update = "UPDATE SCORE_CELL SET " + increments + " WHERE LOCAL_DATE = ? AND COUNTRY = ? AND STORE_ID = ? AND SEGMENT = ? AND SPHERE = ?";
            if (jdbc.sql(update).params(params).update() == 1) {
                return;
            }
            List<Object> values = new java.util.ArrayList<>(List.of(key.day(), key.country(), key.storeId(), key.segment(), key.sphere()));
            for (long d : delta) {
                values.add(d);
            }
            if (!guarded.tryInsert(() -> jdbc.sql("INSERT INTO SCORE_CELL (LOCAL_DATE, COUNTRY, STORE_ID, SEGMENT, SPHERE, S0, S1, S2, S3, S4, S5, "
                    + "S6, S7, S8, S9, S10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update())) {
                jdbc.sql(update).params(params).update();
            }
        });
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

    /** Tallies by store over the days {@code from}–{@code to}, every counted answer (anonymous ones too), or one segment's. */
    public List<StoreTally> byStore(LocalDate from, LocalDate to, String country, String segment) {
        String where = (country == null ? "" : " AND COUNTRY = :country") + (segment == null ? "" : " AND SEGMENT = :segment");
        var query = jdbc.sql("SELECT STORE_ID, COUNTRY, " + SUMS + " FROM SCORE_CELL WHERE LOCAL_DATE BETWEEN :from AND :to"
                        + where + " GROUP BY STORE_ID, COUNTRY ORDER BY STORE_ID")
                .param("from", from).param("to", to);
        if (country != null) {
            query = query.param("country", country);
        }
        if (segment != null) {
            query = query.param("segment", segment);
        }
        return query.query((rs, i) -> new StoreTally(rs.getString(1), rs.getString(2), NpsTally.ofDistribution(counts(rs, 3))))
                .list().stream().filter(store -> store.tally().responses() > 0).toList();
    }

    /** A store's tally day by day (of one segment's customers when given), days without answers left out. */
    public java.util.SortedMap<LocalDate, NpsTally> byDay(String storeId, String segment, LocalDate from, LocalDate to) {
        var query = jdbc.sql("SELECT LOCAL_DATE, " + SUMS + " FROM SCORE_CELL WHERE STORE_ID = :store AND LOCAL_DATE BETWEEN :from AND :to"
                        + (segment == null ? "" : " AND SEGMENT = :segment") + " GROUP BY LOCAL_DATE")
                .param("store", storeId).param("from", from).param("to", to);
        if (segment != null) {
            query = query.param("segment", segment);
        }
        java.util.SortedMap<LocalDate, NpsTally> days = new java.util.TreeMap<>();
        query.query(rs -> {
            NpsTally tally = NpsTally.ofDistribution(counts(rs, 2));
            if (tally.responses() > 0) {
                days.put(rs.getObject(1, LocalDate.class), tally);
            }
        });
        return days;
    }

    private static long[] counts(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        long[] counts = new long[11];
        for (int score = 0; score <= 10; score++) {
            counts[score] = rs.getLong(first + score);
        }
        return counts;
    }

    /** A store's answers of a period. */
    public record StoreTally(String storeId, String country, NpsTally tally) {
    }

    /** One (country, segment) cell of a period. */
    public record SegmentTally(String country, String segment, NpsTally tally) {
        public boolean anonymous() {
            return NONE.equals(segment);
        }
    }

}
