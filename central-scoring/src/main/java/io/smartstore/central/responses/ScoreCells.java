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
    private static final String INCREMENTS = java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(score -> "S" + score + " = S" + score + " + ?")
            .collect(java.util.stream.Collectors.joining(", "));
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

        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::day).thenComparing(Key::country)
                .thenComparing(Key::storeId).thenComparing(Key::segment).thenComparing(Key::sphere);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * Adds a batch's changes to the cells and to their roll-ups — by (day, country, segment), by
     * (month, country, segment), by (month, store), by (week, store) and by (day, store) — one statement per row, each table in its keys' order (two instances
     * writing overlapping rows wait for each other instead of deadlocking). A row's first answer
     * creates it; if another instance created it a moment before, the insert alone is undone
     * and the change goes into its row.
     */
    void apply(java.util.SortedMap<Key, long[]> changes) {
        java.util.SortedMap<List<Comparable<?>>, long[]> countries = new java.util.TreeMap<>(KEYS);
        java.util.SortedMap<List<Comparable<?>>, long[]> storeMonths = new java.util.TreeMap<>(KEYS);
        java.util.SortedMap<List<Comparable<?>>, long[]> storeDays = new java.util.TreeMap<>(KEYS);
        java.util.SortedMap<List<Comparable<?>>, long[]> countryMonths = new java.util.TreeMap<>(KEYS);
        java.util.SortedMap<List<Comparable<?>>, long[]> storeWeeks = new java.util.TreeMap<>(KEYS);
        changes.forEach((key, delta) -> {
            add("SCORE_CELL", List.of("LOCAL_DATE", "COUNTRY", "STORE_ID", "SEGMENT", "SPHERE"),
                    List.of(key.day(), key.country(), key.storeId(), key.segment(), key.sphere()), delta);
            plus(countries.computeIfAbsent(List.of(key.day(), key.country(), key.segment()), k -> new long[11]), delta);
            plus(storeMonths.computeIfAbsent(List.of(key.day().withDayOfMonth(1), key.country(), key.storeId()), k -> new long[11]), delta);
            plus(storeDays.computeIfAbsent(List.of(key.day(), key.country(), key.storeId()), k -> new long[11]), delta);
            plus(countryMonths.computeIfAbsent(List.of(key.day().withDayOfMonth(1), key.country(), key.segment()), k -> new long[11]), delta);
            plus(storeWeeks.computeIfAbsent(List.of(Period.monday(key.day()), key.country(), key.storeId()), k -> new long[11]), delta);
        });
        countries.forEach((key, delta) -> add("COUNTRY_CELL", List.of("LOCAL_DATE", "COUNTRY", "SEGMENT"), key, delta));
        countryMonths.forEach((key, delta) -> add("COUNTRY_MONTH_CELL", List.of("MONTH_START", "COUNTRY", "SEGMENT"), key, delta));
        storeMonths.forEach((key, delta) -> add("STORE_MONTH_CELL", List.of("MONTH_START", "COUNTRY", "STORE_ID"), key, delta));
        storeWeeks.forEach((key, delta) -> add("STORE_WEEK_CELL", List.of("WEEK_START", "COUNTRY", "STORE_ID"), key, delta));
        storeDays.forEach((key, delta) -> add("STORE_DAY_CELL", List.of("LOCAL_DATE", "COUNTRY", "STORE_ID"), key, delta));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final java.util.Comparator<List<Comparable<?>>> KEYS = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private static void plus(long[] sum, long[] delta) {
        for (int score = 0; score <= 10; score++) {
            sum[score] += delta[score];
        }
    }

    private void add(String table, List<String> keyColumns, List<?> key, long[] delta) {
        List<Object> params = new java.util.ArrayList<>();
        for (long d : delta) {
            params.add(d);
        }
        params.addAll(key);
        String update = "UPDATE " + table + " SET " + INCREMENTS + " WHERE " + String.join(" = ? AND ", keyColumns) + " = ?";
        if (jdbc.sql(update).params(params).update() == 1) {
            return;
        }
        List<Object> values = new java.util.ArrayList<>(key);
        for (long d : delta) {
            values.add(d);
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10) VALUES ("
                + "?, ".repeat(keyColumns.size()) + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (!guarded.tryInsert(() -> jdbc.sql(insert).params(values).update())) {
            jdbc.sql(update).params(params).update();
        }
    }

    /** Tallies by (country, segment) over the days {@code from}–{@code to}; segment "" holds anonymous answers. */
    public List<SegmentTally> bySegment(LocalDate from, LocalDate to, String country) {
        java.util.SortedMap<String, SegmentTally> segments = new java.util.TreeMap<>();
        Period period = Period.of(from, to);
        if (period.wholeMonths()) { // whole months from their roll-up, the days around them from the days'
            segmentSums("COUNTRY_MONTH_CELL", "MONTH_START", period.firstWhole(), period.afterWhole().minusDays(1), country, segments);
            period.daysAround().forEach(days -> segmentSums("COUNTRY_CELL", "LOCAL_DATE", days.getFirst(), days.getLast(), country, segments));
        } else {
            segmentSums("COUNTRY_CELL", "LOCAL_DATE", from, to, country, segments);
        }
        return List.copyOf(segments.values());
    }

    private void segmentSums(String table, String dayColumn, LocalDate from, LocalDate to, String country, java.util.Map<String, SegmentTally> segments) {
        String where = country == null ? "" : " AND COUNTRY = :country";
        var query = jdbc.sql("SELECT COUNTRY, SEGMENT, " + SUMS + " FROM " + table + " WHERE " + dayColumn + " BETWEEN :from AND :to"
                        + where + " GROUP BY COUNTRY, SEGMENT")
                .param("from", from).param("to", to);
        if (country != null) {
            query = query.param("country", country);
        }
        query.query(rs -> {
            SegmentTally found = new SegmentTally(rs.getString(1), rs.getString(2), NpsTally.ofDistribution(counts(rs, 3)));
            segments.merge(found.country() + "|" + found.segment(), found, (a, b) -> new SegmentTally(a.country(), a.segment(), a.tally().plus(b.tally())));
        });
    }

    /**
     * Tallies by (day, country, segment) over {@code from}–{@code to} in one statement, for a
     * trend: with {@code wholeMonths}, each whole month comes as one tally dated its 1st (from the
     * month roll-up) and only the days around them by day.
     */
    public List<DatedTally> bySegmentAndDay(LocalDate from, LocalDate to, String country, boolean wholeMonths) {
        Period period = Period.of(from, to);
        String onlyCountry = country == null ? "" : " AND COUNTRY = :country";
        String days = "SELECT LOCAL_DATE AS CELL_DAY, COUNTRY, SEGMENT, " + SUMS + " FROM COUNTRY_CELL WHERE LOCAL_DATE BETWEEN :from AND :to"
                + onlyCountry;
        String sql;
        if (wholeMonths && period.wholeMonths()) {
            sql = "SELECT MONTH_START AS CELL_DAY, COUNTRY, SEGMENT, " + SUMS + " FROM COUNTRY_MONTH_CELL WHERE MONTH_START BETWEEN :firstWhole AND :lastWhole"
                    + onlyCountry + " GROUP BY MONTH_START, COUNTRY, SEGMENT UNION ALL "
                    + days + " AND (LOCAL_DATE < :firstWhole OR LOCAL_DATE > :lastWhole) GROUP BY LOCAL_DATE, COUNTRY, SEGMENT";
        } else {
            sql = days + " GROUP BY LOCAL_DATE, COUNTRY, SEGMENT";
        }
        var query = jdbc.sql(sql).param("from", from).param("to", to);
        if (sql.contains(":firstWhole")) {
            query = query.param("firstWhole", period.firstWhole()).param("lastWhole", period.afterWhole().minusDays(1));
        }
        if (country != null) {
            query = query.param("country", country);
        }
        return query.query((rs, i) -> new DatedTally(rs.getObject(1, LocalDate.class),
                new SegmentTally(rs.getString(2), rs.getString(3), NpsTally.ofDistribution(counts(rs, 4))))).list();
    }

    /** A (country, segment) tally of a day, or of a whole month dated its 1st. */
    public record DatedTally(LocalDate day, SegmentTally tally) {
    }

    /** A period of days split into whole calendar months and the days before and after them. */
    record Period(LocalDate from, LocalDate to, LocalDate firstWhole, LocalDate afterWhole) {
        static Period of(LocalDate from, LocalDate to) {
            return new Period(from, to, from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1),
                    to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1));
        }

        /** The Monday of a day's ISO week. */
        static LocalDate monday(LocalDate day) {
            return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        }

        boolean wholeMonths() {
            return firstWhole.isBefore(afterWhole);
        }

        /** The first and last day of each stretch of days outside the whole months (none, one or two). */
        List<List<LocalDate>> daysAround() {
            List<List<LocalDate>> around = new java.util.ArrayList<>();
            if (from.isBefore(firstWhole)) {
                around.add(List.of(from, firstWhole.minusDays(1)));
            }
            if (!afterWhole.isAfter(to)) {
                around.add(List.of(afterWhole, to));
            }
            return around;
        }
    }

    /** Tallies by store over the days {@code from}–{@code to}, every counted answer (anonymous ones too), or one segment's. */
    public List<StoreTally> byStore(LocalDate from, LocalDate to, String country, String segment) {
        java.util.SortedMap<String, StoreTally> stores = new java.util.TreeMap<>();
        Period period = Period.of(from, to);
        if (segment != null) {
            storeSums("SCORE_CELL", "LOCAL_DATE", from, to, country, segment, stores);
        } else if (!period.wholeMonths()) {
            storeSumsOfDays(from, to, country, stores);
        } else { // whole months from their roll-up, the days around them by week and day
            storeSums("STORE_MONTH_CELL", "MONTH_START", period.firstWhole(), period.afterWhole().minusDays(1), country, null, stores);
            period.daysAround().forEach(days -> storeSumsOfDays(days.getFirst(), days.getLast(), country, stores));
        }
        return stores.values().stream().filter(store -> store.tally().responses() > 0).toList();
    }

    /** A stretch of days: its whole ISO weeks from their roll-up, the days around them from the days'. */
    private void storeSumsOfDays(LocalDate from, LocalDate to, String country, java.util.Map<String, StoreTally> stores) {
        LocalDate firstMonday = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate afterWeeks = Period.monday(to.plusDays(1));
        if (!firstMonday.isBefore(afterWeeks)) {
            storeSums("STORE_DAY_CELL", "LOCAL_DATE", from, to, country, null, stores);
            return;
        }
        storeSums("STORE_WEEK_CELL", "WEEK_START", firstMonday, afterWeeks.minusDays(1), country, null, stores);
        if (from.isBefore(firstMonday)) {
            storeSums("STORE_DAY_CELL", "LOCAL_DATE", from, firstMonday.minusDays(1), country, null, stores);
        }
        if (!afterWeeks.isAfter(to)) {
            storeSums("STORE_DAY_CELL", "LOCAL_DATE", afterWeeks, to, country, null, stores);
        }
    }

    private void storeSums(String table, String dayColumn, LocalDate from, LocalDate to, String country, String segment,
                           java.util.Map<String, StoreTally> stores) {
        String where = (country == null ? "" : " AND COUNTRY = :country") + (segment == null ? "" : " AND SEGMENT = :segment");
        var query = jdbc.sql("SELECT STORE_ID, COUNTRY, " + SUMS + " FROM " + table + " WHERE " + dayColumn + " BETWEEN :from AND :to"
                        + where + " GROUP BY STORE_ID, COUNTRY")
                .param("from", from).param("to", to);
        if (country != null) {
            query = query.param("country", country);
        }
        if (segment != null) {
            query = query.param("segment", segment);
        }
        query.query(rs -> {
            StoreTally found = new StoreTally(rs.getString(1), rs.getString(2), NpsTally.ofDistribution(counts(rs, 3)));
            stores.merge(found.storeId(), found, (a, b) -> new StoreTally(a.storeId(), a.country(), a.tally().plus(b.tally())));
        });
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
