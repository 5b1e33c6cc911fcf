package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;

import java.time.Duration;
import java.util.List;

/**
 * An honest wait: a range, not a promise. The pace is today's median service time in the
 * ticket's sphere (the default service time until five services are known) divided by the
 * advisers on duty serving that sphere now. With {@code n} people ahead the wait centres on
 * (n + ½) × pace, in a range that is wider while little is known.
 */
public record WaitEstimator(Duration defaultService) {

    static final int ENOUGH_OBSERVATIONS = 5;

    public QueueTicket.Wait estimate(int peopleAhead, List<Duration> serviceTimesToday, int advisersServing) {
        boolean learned = serviceTimesToday.size() >= ENOUGH_OBSERVATIONS;
        double service = learned ? median(serviceTimesToday) : defaultService.toSeconds();
        double pace = service / Math.max(1, advisersServing);
        double centre = (peopleAhead + 0.5) * pace / 60.0;
        double spread = learned ? 0.35 : 0.6;
        int min = (int) Math.floor(centre * (1 - spread));
        int max = Math.max(min + 1, (int) Math.ceil(centre * (1 + spread)));
        return new QueueTicket.Wait(min, max);
    }

    private static double median(List<Duration> times) {
        double[] seconds = times.stream().mapToDouble(Duration::toSeconds).sorted().toArray();
        int middle = seconds.length / 2;
        return seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
    }
}
