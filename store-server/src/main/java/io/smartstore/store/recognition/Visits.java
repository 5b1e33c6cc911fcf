package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification.CustomerSummary;
import io.smartstore.store.StoreSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Visits that started with a recognition at a kiosk, and the count of kiosk sessions per day. */
@Repository
public class Visits {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StoreSettings settings;

    Visits(JdbcClient jdbc, Clock clock, StoreSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    UUID start(CustomerSummary customer, String kioskId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO VISIT (ID, CUSTOMER_REF, SEGMENT, KIOSK_ID, STARTED_AT) VALUES (?, ?, ?, ?, ?)")
                .params(id, customer.ref(), customer.segment(), kioskId, clock.instant().atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    void countSession(String kioskId, boolean recognised) {
        jdbc.sql("INSERT INTO KIOSK_SESSION (KIOSK_ID, LOCAL_DATE, RECOGNISED) VALUES (?, ?, ?)")
                .params(kioskId, today(), recognised).update();
    }

    /** The segment of the customer of a visit, when the visit is known. */
    public Optional<VisitFacts> facts(UUID visitId) {
        return jdbc.sql("SELECT SEGMENT FROM VISIT WHERE ID = ?").param(visitId)
                .query((rs, i) -> new VisitFacts(rs.getString("SEGMENT"))).optional();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    /** What a feedback answer inherits from its visit. */
    public record VisitFacts(String segment) {
    }
}
