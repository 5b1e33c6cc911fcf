package io.smartstore.store.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.smartstore.protocol.nps.Rounding.twoDecimals;

/**
 * Waits promised vs kept (scoring.md) for one day's tickets: the actual wait of a called
 * ticket is called − taken; the promise is kept when it is at most the promised maximum;
 * no-shows count as called; once the day is over, tickets never called count as not kept. A customer who left the
 * queue from their phone judges the promise only if they left after its maximum had passed (then it was not kept).
 * {@code meanRangeWidthMinutes} stands beside the two figures that judge the estimator: a
 * range wide enough to be always kept is useless. {@code tickets} counts every ticket taken,
 * {@code noShows} those called whose customer never came.
 */
public record Waits(long served, Double withinPromise, Double meanAbsoluteErrorMinutes, Double medianWaitMinutes,
                    Double meanRangeWidthMinutes, long tickets, long noShows) {

    /**
     * One ticket as the day left it: taken, called (or not), whether the customer came, the range it was promised, and
     * when its customer left the queue (null unless they did).
     */
    public record TicketWait(Instant taken, Instant called, Integer promisedMin, Integer promisedMax, boolean noShow, Instant left) {

        public TicketWait(Instant taken, Instant called, Integer promisedMin, Integer promisedMax, boolean noShow) {
            this(taken, called, promisedMin, promisedMax, noShow, null);
        }

        boolean promised() {
            return promisedMin != null && promisedMax != null;
        }

        /** Whether the promise can be judged: the ticket was called, or the day is over, or they left after its maximum. */
        boolean judged(boolean dayOver) {
            if (!promised()) {
                return false;
            }
            if (left != null) {
                return Duration.between(taken, left).toMillis() > promisedMax * 60_000L;
            }
            return called != null || dayOver;
        }

        double waitedMinutes() {
            return Duration.between(taken, called).toMillis() / 60_000.0;
        }
    }

    public static Waits of(List<TicketWait> tickets, boolean dayOver) {
        List<TicketWait> called = tickets.stream().filter(t -> t.called() != null).toList();
        List<TicketWait> judged = tickets.stream().filter(t -> t.judged(dayOver)).toList();
        long kept = judged.stream().filter(t -> t.called() != null && t.waitedMinutes() <= t.promisedMax()).count();
        List<TicketWait> calledWithPromise = called.stream().filter(TicketWait::promised).toList();
        double[] waits = called.stream().mapToDouble(TicketWait::waitedMinutes).sorted().toArray();
        return new Waits(called.size(),
                judged.isEmpty() ? null : twoDecimals((double) kept / judged.size()),
                calledWithPromise.isEmpty() ? null : twoDecimals(calledWithPromise.stream()
                        .mapToDouble(t -> Math.abs(t.waitedMinutes() - (t.promisedMin() + t.promisedMax()) / 2.0)).average().orElseThrow()),
                waits.length == 0 ? null : twoDecimals(waits.length % 2 == 1 ? waits[waits.length / 2]
                        : (waits[waits.length / 2 - 1] + waits[waits.length / 2]) / 2),
                tickets.stream().filter(TicketWait::promised).mapToInt(t -> t.promisedMax() - t.promisedMin()).average().stream()
                        .mapToObj(width -> twoDecimals(width)).findFirst().orElse(null),
                tickets.size(), tickets.stream().filter(TicketWait::noShow).count());
    }
}
