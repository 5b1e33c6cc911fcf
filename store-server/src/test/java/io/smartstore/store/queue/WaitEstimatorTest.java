package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue played forward: what it learns from the day, who is on duty and what they hold. */
class WaitEstimatorTest {

    private final WaitEstimator estimator = new WaitEstimator(Duration.ofMinutes(6));
    private static final Map<String, List<Duration>> TEN_MINUTES_OF_WORK = Map.of("WORK", Collections.nCopies(5, Duration.ofMinutes(10)));

    @Test
    void withTodaysTimesKnownTheWaitIsWhatTheTicketsAheadTake() {
        var lea = WaitEstimator.Adviser.free(List.of("WORK"));
        assertThat(estimator.estimate("W-003", "WORK", List.of("WORK", "WORK"), List.of(lea), TEN_MINUTES_OF_WORK))
                .as("two tickets of ten minutes before, one adviser").isEqualTo(new QueueTicket.Wait(20, 21));
        var omar = WaitEstimator.Adviser.free(List.of("WORK"));
        assertThat(estimator.estimate("W-003", "WORK", List.of("WORK", "WORK"), List.of(lea, omar), TEN_MINUTES_OF_WORK))
                .as("two advisers take one each: the third is called once the first of them ends").isEqualTo(new QueueTicket.Wait(10, 11));
    }

    @Test
    void aServiceUnderWayCountsWhatIsLeftOfIt() {
        var busy = new WaitEstimator.Adviser(List.of("WORK"), "WORK", Duration.ofMinutes(4));
        assertThat(estimator.estimate("W-001", "WORK", List.of(), List.of(busy), TEN_MINUTES_OF_WORK)).isEqualTo(new QueueTicket.Wait(6, 7));
    }

    @Test
    void anAdviserOfOtherSpheresDoesNotShortenTheWaitButOneOfSeveralSpheresServesTheOldestFirst() {
        var mobile = WaitEstimator.Adviser.free(List.of("MOBILE"));
        var home = WaitEstimator.Adviser.free(List.of("HOME"));
        List<String> ahead = List.of("MOBILE", "MOBILE", "MOBILE");
        assertThat(estimator.estimate("M-004", "MOBILE", ahead, List.of(mobile, home), Map.of()))
                .isEqualTo(estimator.estimate("M-004", "MOBILE", ahead, List.of(mobile), Map.of()));
        var both = WaitEstimator.Adviser.free(List.of("MOBILE", "HOME"));
        assertThat(estimator.estimate("M-004", "MOBILE", List.of("HOME", "HOME", "MOBILE"), List.of(both), TEN_MINUTES_OF_WORK).minMinutes())
                .as("the older HOME tickets are served first").isGreaterThan(
                        estimator.estimate("M-004", "MOBILE", List.of("MOBILE"), List.of(both), TEN_MINUTES_OF_WORK).maxMinutes());
    }

    @Test
    void withoutObservationsTheDefaultServiceTimeGivesAWiderRangeAndMoreAheadWaitLonger() {
        var lea = WaitEstimator.Adviser.free(List.of());
        QueueTicket.Wait few = estimator.estimate("H-003", "HOME", List.of("HOME", "HOME"), List.of(lea), Map.of());
        QueueTicket.Wait many = estimator.estimate("H-011", "HOME", Collections.nCopies(10, "HOME"), List.of(lea), Map.of());
        assertThat(few.minMinutes()).isLessThan(12).isGreaterThan(4);
        assertThat(few.maxMinutes()).isGreaterThan(12);
        assertThat(many.minMinutes()).isGreaterThan(few.maxMinutes());
    }

    @Test
    void theNextInLineWithAFreeAdviserIsCalledAtOnceAndNobodyOnDutyCountsAsOneAdviserJustBusy() {
        var lea = WaitEstimator.Adviser.free(List.of("HOME"));
        assertThat(estimator.estimate("H-001", "HOME", List.of(), List.of(lea), Map.of())).isEqualTo(new QueueTicket.Wait(0, 1));
        QueueTicket.Wait nobody = estimator.estimate("H-001", "HOME", List.of(), List.of(), Map.of());
        assertThat(nobody.minMinutes()).as("nobody on duty: not an instant call").isGreaterThanOrEqualTo(3);
        assertThat(estimator.estimate("H-005", "HOME", List.of("HOME", "HOME"), List.of(), Map.of()))
                .isEqualTo(estimator.estimate("H-005", "HOME", List.of("HOME", "HOME"), List.of(WaitEstimator.nobodyOnDuty("HOME")), Map.of()));
    }

    @Test
    void theSameTicketInTheSameQueueKeepsItsRange() {
        var lea = WaitEstimator.Adviser.free(List.of());
        assertThat(estimator.estimate("H-007", "HOME", List.of("HOME", "WORK", "HOME"), List.of(lea), Map.of()))
                .isEqualTo(estimator.estimate("H-007", "HOME", List.of("HOME", "WORK", "HOME"), List.of(lea), Map.of()));
    }
}
