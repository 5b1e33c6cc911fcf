package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification.HistoryItem;
import io.smartstore.protocol.wire.Identification.SphereHistory;
import io.smartstore.store.customers.Customers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
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
        visitsHere(customerRef).forEach(entry -> bySphere.computeIfAbsent(entry.sphere(), sphere -> new ArrayList<>()).add(entry.item()));
        return bySphere.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new SphereHistory(entry.getKey(), entry.getValue().stream()
                        .sorted(Comparator.comparing(HistoryItem::date, Comparator.nullsLast(Comparator.reverseOrder()))).toList()))
                .toList();
    }

    /** The customer's last visits at this shop with an adviser, and how each ended ("past visits and their outcome"). */
    private List<Customers.SphereItem> visitsHere(String customerRef) {
        return jdbc.sql("""
                        SELECT t.SPHERE, t.LOCAL_DATE, t.ADVISER, t.OUTCOME FROM TICKET t JOIN VISIT v ON v.ID = t.VISIT_ID
                        WHERE v.CUSTOMER_REF = ? AND t.OUTCOME IS NOT NULL ORDER BY t.FINISHED_AT DESC FETCH FIRST 5 ROWS ONLY""")
                .param(customerRef)
                .query((rs, i) -> new Customers.SphereItem(rs.getString(1), new HistoryItem(rs.getObject(2, java.time.LocalDate.class),
                        "VISIT", rs.getString(3), rs.getString(4), null)))
                .list();
    }
}
