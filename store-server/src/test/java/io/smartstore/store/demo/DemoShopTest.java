package io.smartstore.store.demo;

import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.FeedbackIngest;
import io.smartstore.store.followups.FollowUp;
import io.smartstore.store.followups.FollowUps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shop's 90 days look like a shop that works: call backs mostly closed in time, a few open, one or two overdue. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/demo-shop-${random.uuid}")
@ActiveProfiles("test")
@Tag("database-independent") // runs once, on H2: the demo's data does not depend on the database
class DemoShopTest {

    @Autowired
    FeedbackIngest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    StoreSettings settings;
    @Autowired
    FollowUps followUps;

    @Test
    void callBacksAreMostlyClosedInTimeAndOnlyAFewAreOverdue() {
        new DemoAnswers(ingest, jdbc, clock, settings, followUps).run(null);

        Instant now = clock.instant();
        List<FollowUp> all = followUps.withStatus(null);
        List<FollowUp> open = followUps.notClosed();
        long overdue = open.stream().filter(followUp -> followUp.dueAt().isBefore(now)).count();
        assertThat(all).as("the 90 days' detractors who wrote").hasSizeGreaterThan(40);
        assertThat(overdue).isEqualTo(DemoAnswers.OVERDUE);
        assertThat(open).as("a handful still to call").hasSizeBetween(DemoAnswers.OVERDUE, DemoAnswers.OVERDUE + 8);
        long closed = all.size() - open.size();
        long closedInTime = jdbc.sql("SELECT COUNT(*) FROM FOLLOW_UP WHERE STATUS = 'CLOSED' AND CLOSED_AT <= DUE_AT").query(Long.class).single();
        assertThat((double) closedInTime / closed).as("closed in time").isBetween(0.8, 0.95);
        assertThat(all).filteredOn(followUp -> followUp.status() == io.smartstore.store.followups.FollowUpStatus.CLOSED).allSatisfy(followUp ->
                assertThat(followUp.outcome()).isNotBlank());
    }
}
