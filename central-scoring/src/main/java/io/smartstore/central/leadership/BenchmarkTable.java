package io.smartstore.central.leadership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.TreeMap;

/** Table {@code BENCHMARK}, for {@link Benchmarks}. Only SQL here. */
@Repository
class BenchmarkTable {

    private final JdbcClient jdbc;

    BenchmarkTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String country, String period, Map<String, Map<String, Double>> segments) {
        jdbc.sql("DELETE FROM BENCHMARK WHERE COUNTRY = ?").param(country).update();
        segments.forEach((segment, competitors) -> competitors.forEach((competitor, nps) ->
                jdbc.sql("INSERT INTO BENCHMARK (COUNTRY, SEGMENT, COMPETITOR, NPS, PERIOD) VALUES (?, ?, ?, ?, ?)")
                        .params(country, segment, competitor, nps, period).update()));
    }

    Map<String, Map<String, Map<String, Double>>> all() {
        Map<String, Map<String, Map<String, Double>>> all = new TreeMap<>();
        jdbc.sql("SELECT COUNTRY, SEGMENT, COMPETITOR, NPS FROM BENCHMARK").query(rs -> {
            all.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).computeIfAbsent(rs.getString(2), s -> new TreeMap<>())
                    .put(rs.getString(3), rs.getDouble(4));
        });
        return all;
    }
}
