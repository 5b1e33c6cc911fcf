package io.smartstore.central.leadership;

import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Competitors' NPS per (country, segment), as the last upload for the country gave them. */
@Service
public class Benchmarks {

    private final BenchmarkTable table;
    private final AuditTrail audit;

    Benchmarks(BenchmarkTable table, AuditTrail audit) {
        this.table = table;
        this.audit = audit;
    }

    /** Replaces a country's benchmarks whole. */
    @Transactional
    public void replace(String country, String period, Map<String, Map<String, Double>> segments) {
        table.replace(country, period, segments);
        audit.record(AuditAction.BENCHMARKS_UPLOADED, country + " " + period);
    }

    /** country → segment → competitor → NPS, all sorted. */
    public Map<String, Map<String, Map<String, Double>>> all() {
        return table.all();
    }
}
