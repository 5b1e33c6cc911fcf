package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification.HistoryItem;
import io.smartstore.protocol.wire.Identification.SphereHistory;
import io.smartstore.store.customers.Customers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer's history grouped by sphere of use, spheres in their configured order. */
@Component
class HistoryBySphere {

    private final Customers customers;
    private final JdbcClient jdbc;

    HistoryBySphere(Customers customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    List<SphereHistory> of(String customerRef) {
        Map<String, List<HistoryItem>> bySphere = new LinkedHashMap<>();
        jdbc.sql("SELECT CODE FROM SPHERE ORDER BY POSITION").query(String.class).list()
                .forEach(sphere -> bySphere.put(sphere, new ArrayList<>()));
        for (Customers.SphereItem entry : customers.historyOf(customerRef)) {
            bySphere.computeIfAbsent(entry.sphere(), sphere -> new ArrayList<>()).add(entry.item());
        }
        return bySphere.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new SphereHistory(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
