package io.smartstore.central.customerbase;

import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

/** Customers per market segment in each country: the weights of the weighted NPS. */
@Service
public class CustomerBase {

    private final CustomerBaseTable table;
    private final AuditTrail audit;

    CustomerBase(CustomerBaseTable table, AuditTrail audit) {
        this.table = table;
        this.audit = audit;
    }

    /** Replaces a country's figures whole. */
    @Transactional
    public void replace(String country, LocalDate asOf, Map<String, Long> segments) {
        table.replace(country, asOf, segments);
        audit.record(AuditAction.CUSTOMER_BASE_UPLOADED, country + " " + asOf);
    }

    /** Each country's customers by segment, countries and segments in alphabetical order. */
    public Map<String, Map<String, Long>> all() {
        return table.all();
    }
}
