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
                new Waits.TicketWait(NINE, null, 3, 5)); // never called
        Waits open = Waits.of(day, false);
        assertThat(open.served()).isEqualTo(3);
        assertThat(open.withinPromise()).isEqualTo(0.33);
        assertThat(open.meanAbsoluteErrorMinutes()).isEqualTo(3.33);
        assertThat(open.medianWaitMinutes()).isEqualTo(8.0);
        assertThat(open.meanRangeWidthMinutes()).isEqualTo(3.5);

        Waits closed = Waits.of(day, true);
        assertThat(closed.withinPromise()).as("the ticket never called was not kept").isEqualTo(0.25);
        assertThat(closed.served()).isEqualTo(3);
    }

    @Test
    void aDayWithoutTicketsHasNoFigures() {
        Waits none = Waits.of(List.of(), true);
        assertThat(none.served()).isZero();
        assertThat(none.withinPromise()).isNull();
        assertThat(none.medianWaitMinutes()).isNull();
    }

    private static Waits.TicketWait ticket(int takenAt, int calledAt, int min, int max) {
        return new Waits.TicketWait(NINE.plusSeconds(60L * takenAt), NINE.plusSeconds(60L * calledAt), min, max);
    }
}
