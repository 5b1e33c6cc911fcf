package io.smartstore.central.customerbase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Customers per market segment in each country: the weights of the weighted NPS. */
@Repository
public class CustomerBase {

    private final JdbcClient jdbc;

    private final io.smartstore.support.audit.AuditTrail audit;

    CustomerBase(JdbcClient jdbc, io.smartstore.support.audit.AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Replaces a country's figures whole. */
    @Transactional
    public void replace(String country, LocalDate asOf, Map<String, Long> segments) {
        jdbc.sql("DELETE FROM CUSTOMER_BASE WHERE COUNTRY = ?").param(country).update();
        segments.forEach((segment, customers) ->
                jdbc.sql("INSERT INTO CUSTOMER_BASE (COUNTRY, SEGMENT, CUSTOMERS, AS_OF) VALUES (?, ?, ?, ?)")
                        .params(country, segment, customers, asOf).update());
        audit.record(io.smartstore.support.audit.AuditAction.CUSTOMER_BASE_UPLOADED, country + " " + asOf);
    }

    /** Each country's customers by segment, countries and segments in alphabetical order. */
    public Map<String, Map<String, Long>> all() {
        Map<String, Map<String, Long>> byCountry = new LinkedHashMap<>();
        jdbc.sql("SELECT COUNTRY, SEGMENT, CUSTOMERS FROM CUSTOMER_BASE ORDER BY COUNTRY, SEGMENT")
                .query(rs -> {
                    byCountry.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return byCountry;
    }
}
