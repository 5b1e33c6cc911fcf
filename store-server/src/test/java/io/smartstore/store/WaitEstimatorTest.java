package io.smartstore.store;

import io.smartstore.store.queue.WaitEstimator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimatorTest {

    private final WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(6), 2);

    @Test
    void withoutObservationsTheDefaultPaceGivesAWideRange() {
        io.smartstore.protocol.wire.QueueTicket.Wait range = estimator.estimate(2, List.of());
        // pace 3 min (6 min / 2 advisers): centre 7.5 min, ±60 %
        assertThat(range).isEqualTo(new io.smartstore.protocol.wire.QueueTicket.Wait(3, 12));
    }

    @Test
    void todaysPaceNarrowsTheRange() {
        List<Duration> calls = List.of(Duration.ofMinutes(4), Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(4), Duration.ofMinutes(3));
        io.smartstore.protocol.wire.QueueTicket.Wait range = estimator.estimate(2, calls);
        // median 4 min: centre 10 min, ±35 %
        assertThat(range).isEqualTo(new io.smartstore.protocol.wire.QueueTicket.Wait(6, 14));
    }

    @Test
    void theNextInLineWaitsAFewMinutesAtMostAndNeverLessThanZero() {
        io.smartstore.protocol.wire.QueueTicket.Wait range = estimator.estimate(0, List.of());
        assertThat(range.minMinutes()).isZero();
        assertThat(range.maxMinutes()).isBetween(1, 3);
    }

    @Test
    void moreAheadNeverWaitsLess() {
        for (int ahead = 0; ahead < 30; ahead++) {
            assertThat(estimator.estimate(ahead + 1, List.of()).maxMinutes()).isGreaterThanOrEqualTo(estimator.estimate(ahead, List.of()).maxMinutes());
        }
    }
}
