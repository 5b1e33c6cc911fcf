package io.smartstore.central.leadership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.TreeMap;

/** Competitors' NPS per (country, segment), as the last upload for the country gave them. */
@Repository
public class Benchmarks {

    private final JdbcClient jdbc;

    private final io.smartstore.support.audit.AuditTrail audit;

    Benchmarks(JdbcClient jdbc, io.smartstore.support.audit.AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Replaces a country's benchmarks whole. */
    @Transactional
    public void replace(String country, String period, Map<String, Map<String, Double>> segments) {
        jdbc.sql("DELETE FROM BENCHMARK WHERE COUNTRY = ?").param(country).update();
        segments.forEach((segment, competitors) -> competitors.forEach((competitor, nps) ->
                jdbc.sql("INSERT INTO BENCHMARK (COUNTRY, SEGMENT, COMPETITOR, NPS, PERIOD) VALUES (?, ?, ?, ?, ?)")
                        .params(country, segment, competitor, nps, period).update()));
        audit.record(io.smartstore.support.audit.AuditAction.BENCHMARKS_UPLOADED, country + " " + period);
    }

    /** country → segment → competitor → NPS, all sorted. */
    public Map<String, Map<String, Map<String, Double>>> all() {
        Map<String, Map<String, Map<String, Double>>> all = new TreeMap<>();
        jdbc.sql("SELECT COUNTRY, SEGMENT, COMPETITOR, NPS FROM BENCHMARK").query(rs -> {
            all.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).computeIfAbsent(rs.getString(2), s -> new TreeMap<>())
                    .put(rs.getString(3), rs.getDouble(4));
        });
        return all;
    }
}
