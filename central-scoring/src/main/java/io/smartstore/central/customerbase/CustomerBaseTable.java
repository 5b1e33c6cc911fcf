package io.smartstore.central.customerbase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Table {@code CUSTOMER_BASE}, for {@link CustomerBase}. Only SQL here. */
@Repository
class CustomerBaseTable {

    private final JdbcClient jdbc;

    CustomerBaseTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String country, LocalDate asOf, Map<String, Long> segments) {
        jdbc.sql("DELETE FROM CUSTOMER_BASE WHERE COUNTRY = ?").param(country).update();
        segments.forEach((segment, customers) ->
                jdbc.sql("INSERT INTO CUSTOMER_BASE (COUNTRY, SEGMENT, CUSTOMERS, AS_OF) VALUES (?, ?, ?, ?)")
                        .params(country, segment, customers, asOf).update());
    }

    Map<String, Map<String, Long>> all() {
        Map<String, Map<String, Long>> byCountry = new LinkedHashMap<>();
        jdbc.sql("SELECT COUNTRY, SEGMENT, CUSTOMERS FROM CUSTOMER_BASE ORDER BY COUNTRY, SEGMENT")
                .query(rs -> {
                    byCountry.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return byCountry;
    }
}
