package io.smartstore.support.relay;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void waitsGrowFromASecondToAMinuteAndNoFurther() {
        Backoff backoff = new Backoff(clock);
        assertThat(backoff.mayTry()).isTrue();
        Duration first = backoff.failed();
        assertThat(first).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(backoff.mayTry()).isFalse();
        Duration last = Duration.ZERO;
        for (int i = 0; i < 1000; i++) { // a week of failures
            last = backoff.failed();
        }
        assertThat(last).as("a hop back after a long outage is tried again within a minute").isBetween(Duration.ofSeconds(30), Backoff.MAX);
        backoff.succeeded();
        assertThat(backoff.mayTry()).isTrue();
        assertThat(backoff.failed()).as("after a success, from the start").isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
}
