package io.smartstore.store;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.store.queue.WaitEstimator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimatorTest {

    private final WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(6));

    @Test
    void withoutObservationsTheDefaultPaceGivesAWideRange() {
        // pace 3 min (6 min / 2 advisers): centre 7.5 min, ±60 %
        assertThat(estimator.estimate(2, List.of(), 2)).isEqualTo(new QueueTicket.Wait(3, 12));
    }

    @Test
    void todaysServiceTimesNarrowTheRange() {
        List<Duration> services = List.of(Duration.ofMinutes(8), Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(8), Duration.ofMinutes(6));
        // median 8 min over 2 advisers: pace 4 min, centre 10 min, ±35 %
        assertThat(estimator.estimate(2, services, 2)).isEqualTo(new QueueTicket.Wait(6, 14));
    }

    @Test
    void moreAdvisersOnDutyShortenTheWaitAndNobodyOnDutyCountsAsOne() {
        assertThat(estimator.estimate(4, List.of(), 3).maxMinutes()).isLessThan(estimator.estimate(4, List.of(), 1).maxMinutes());
        assertThat(estimator.estimate(4, List.of(), 0)).isEqualTo(estimator.estimate(4, List.of(), 1));
    }

    @Test
    void theNextInLineWaitsAFewMinutesAtMostAndNeverLessThanZero() {
        QueueTicket.Wait range = estimator.estimate(0, List.of(), 2);
        assertThat(range.minMinutes()).isZero();
        assertThat(range.maxMinutes()).isBetween(1, 3);
    }

    @Test
    void moreAheadNeverWaitsLess() {
        for (int ahead = 0; ahead < 30; ahead++) {
            assertThat(estimator.estimate(ahead + 1, List.of(), 2).maxMinutes()).isGreaterThanOrEqualTo(estimator.estimate(ahead, List.of(), 2).maxMinutes());
        }
    }
}
