package io.smartstore.central.demo;

import io.smartstore.central.customerbase.CustomerBase;
import io.smartstore.central.leadership.Benchmarks;
import io.smartstore.central.recognition.RecognitionRates;
import io.smartstore.central.recognition.SessionDays;
import io.smartstore.central.responses.ResponseIngest;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.StaffUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's headquarters has something behind every figure the dashboard shows: over its 90 days, kiosk sessions
 * recognised in part (at the kiosk, at the desk, and the others by reason), promised waits mostly kept, call backs due
 * and mostly closed in time, in each of its three countries.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/demo-headquarters-${random.uuid}")
@ActiveProfiles("test")
@Tag("database-independent") // runs once, on H2: the demo's data does not depend on the database
class DemoHeadquartersTest {

    @Autowired
    CustomerBase customerBase;
    @Autowired
    Benchmarks benchmarks;
    @Autowired
    ResponseIngest ingest;
    @Autowired
    SessionDays sessions;
    @Autowired
    EnrolledClients stores;
    @Autowired
    StaffUsers staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyFigureOfTheDashboardHasNinetyDaysBehindIt() {
        new DemoHeadquarters(customerBase, benchmarks, ingest, sessions, stores, staff, jdbc, clock, "analyst-test-1").run(null);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        RecognitionRates rates = sessions.rates(today.minusDays(90), today.minusDays(1));

        assertThat(rates.group().sessions()).isGreaterThan(6 * 90 * 20);
        assertThat(rates.group().rate()).isBetween(0.55, 0.75);
        assertThat(rates.group().waitsKept()).isBetween(0.5, 0.95);
        assertThat(rates.group().followUpsDue()).isPositive();
        assertThat(rates.group().followUpsClosedInTime()).isBetween(0.6, 1.0);
        assertThat(rates.countries()).extracting(RecognitionRates.Country::country).containsExactlyInAnyOrder("FR", "ES", "DE");
        assertThat(rates.countries()).allSatisfy(country -> assertThat(country.sessions()).isPositive());
    }
}
