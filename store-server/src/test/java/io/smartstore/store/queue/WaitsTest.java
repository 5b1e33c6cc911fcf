package io.smartstore.store.queue;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits promised vs kept, by scoring.md's definitions, on tickets whose times the test sets. */
class WaitsTest {

    static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void keptWhenTheWaitIsAtMostThePromisedMaximumAndNeverCalledTicketsCountOnceTheDayIsOver() {
        List<Waits.TicketWait> day = List.of(
                ticket(0, 4, 4, 8),     // waited 4, promised 4–8: kept, error |4 − 6| = 2
                ticket(0, 10, 4, 8),    // waited 10: not kept, error 4
                ticket(0, 8, 2, 6),     // waited 8, promised 2–6: not kept, error 4
                new Waits.TicketWait(NINE, null, 3, 5, false), // never called
                new Waits.TicketWait(NINE, NINE.plusSeconds(60), 3, 5, true)); // called after 1 min, never came: kept
        Waits open = Waits.of(day, false);
        assertThat(open.served()).as("no-shows count as called").isEqualTo(4);
        assertThat(open.withinPromise()).isEqualTo(0.5);
        assertThat(open.meanAbsoluteErrorMinutes()).isEqualTo(3.25);
        assertThat(open.medianWaitMinutes()).isEqualTo(6.0);
        assertThat(open.meanRangeWidthMinutes()).isEqualTo(3.2);
        assertThat(open.tickets()).isEqualTo(5);
        assertThat(open.noShows()).isEqualTo(1);

        Waits closed = Waits.of(day, true);
        assertThat(closed.withinPromise()).as("the ticket never called was not kept").isEqualTo(0.4);
        assertThat(closed.served()).isEqualTo(4);
    }

    @Test
    void aCustomerWhoLeftTheQueueJudgesThePromiseOnlyOnceItsMaximumHadPassed() {
        List<Waits.TicketWait> day = List.of(
                ticket(0, 4, 4, 8),                                                                   // kept
                new Waits.TicketWait(NINE, null, 4, 8, false, NINE.plusSeconds(60 * 3)),              // left after 3 min: not judged
                new Waits.TicketWait(NINE, null, 4, 8, false, NINE.plusSeconds(60 * 12)));            // left after 12: not kept
        assertThat(Waits.of(day, false).withinPromise()).isEqualTo(0.5);
        assertThat(Waits.of(day, true).withinPromise()).as("the day's end changes nothing for those who left").isEqualTo(0.5);
    }

    @Test
    void aDayWithoutTicketsHasNoFigures() {
        Waits none = Waits.of(List.of(), true);
        assertThat(none.served()).isZero();
        assertThat(none.withinPromise()).isNull();
        assertThat(none.medianWaitMinutes()).isNull();
    }

    private static Waits.TicketWait ticket(int takenAt, int calledAt, int min, int max) {
        return new Waits.TicketWait(NINE.plusSeconds(60L * takenAt), NINE.plusSeconds(60L * calledAt), min, max, false);
    }
}
