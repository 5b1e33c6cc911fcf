package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An honest wait: the queue played forward a few hundred times, as the floor works it. Each adviser on duty takes,
 * when free, the oldest waiting ticket among their spheres; an adviser busy with a customer is free once that
 * service ends. How long an adviser is taken by a ticket (from its call to its end: walking over, serving, or waiting
 * for a no-show) is drawn from today's times in the ticket's sphere — from every sphere's while fewer than five are
 * known there, from the default service time (give or take) while fewer than five are known at all. A service under
 * way lasts longer than it has already. The range runs from the 20th to the 85th percentile of the waits played:
 * a customer is called within it 85 times in 100 when the day goes as the model says, and advisers going on a
 * break or joining the floor are what it cannot know. With nobody on duty for the sphere, the wait is played as if
 * one adviser for every sphere had just become free. The same ticket in the same queue always gets the same range
 * (the draws are seeded by its number): the screens do not flicker between refreshes.
 */
public record WaitEstimator(Duration defaultService) {

    static final int ENOUGH_OBSERVATIONS = 5;
    static final int PLAYS = 300;
    static final double LOW = 0.35;
    static final double HIGH = 0.85;

    /** An adviser on duty: the spheres they serve (all when empty) and the ticket they hold, if any. */
    public record Adviser(List<String> spheres, String servingSphere, Duration servingFor) {

        static Adviser free(List<String> spheres) {
            return new Adviser(spheres, null, Duration.ZERO);
        }

        boolean serves(String sphere) {
            return spheres.isEmpty() || spheres.contains(sphere);
        }
    }

    /**
     * The range for a ticket in {@code sphere} with {@code ahead} (the spheres of every older waiting ticket, oldest
     * first) before it, the advisers on duty now, and today's call-to-end times by sphere.
     */
    public QueueTicket.Wait estimate(String ticket, String sphere, List<String> ahead, List<Adviser> advisers,
                                     Map<String, List<Duration>> occupiedToday) {
        List<Adviser> floor = advisers.stream().anyMatch(adviser -> adviser.serves(sphere)) ? advisers : List.of(Adviser.free(List.of()));
        Times times = new Times(occupiedToday, defaultService);
        Random random = new Random(ticket.hashCode() * 31L + ahead.size());
        double[] waits = new double[PLAYS];
        for (int play = 0; play < PLAYS; play++) {
            waits[play] = play(sphere, ahead, floor, times, random);
        }
        Arrays.sort(waits);
        int min = (int) Math.floor(waits[(int) (LOW * (PLAYS - 1))] / 60);
        int max = (int) Math.ceil(waits[(int) (HIGH * (PLAYS - 1))] / 60);
        return new QueueTicket.Wait(min, Math.max(min + 1, max));
    }

    /** One play of the queue: the seconds until this ticket is called. */
    private static double play(String sphere, List<String> ahead, List<Adviser> advisers, Times times, Random random) {
        int count = advisers.size();
        double[] freeAt = new double[count];
        for (int i = 0; i < count; i++) {
            Adviser adviser = advisers.get(i);
            freeAt[i] = adviser.servingSphere() == null ? 0 : times.remaining(adviser.servingSphere(), adviser.servingFor().toSeconds(), random);
        }
        List<String> queue = new ArrayList<>(ahead);
        boolean[] idleForGood = new boolean[count];
        while (true) {
            int next = -1;
            for (int i = 0; i < count; i++) {
                if (!idleForGood[i] && (next < 0 || freeAt[i] < freeAt[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return Double.MAX_VALUE / 4; // cannot happen: someone serves this sphere
            }
            Adviser adviser = advisers.get(next);
            int taken = -1;
            for (int t = 0; t < queue.size(); t++) {
                if (adviser.serves(queue.get(t))) {
                    taken = t;
                    break;
                }
            }
            if (taken < 0) {
                if (adviser.serves(sphere)) {
                    return freeAt[next];
                }
                idleForGood[next] = true; // nothing left in their spheres: no longer part of this ticket's wait
                continue;
            }
            freeAt[next] += times.draw(queue.remove(taken), random);
        }
    }

    /** How long a ticket takes an adviser, in seconds, drawn from what today has shown. */
    private static final class Times {
        private final Map<String, double[]> bySphere = new java.util.HashMap<>();
        private final double[] pooled;
        private final double defaultSeconds;

        Times(Map<String, List<Duration>> occupied, Duration defaultService) {
            occupied.forEach((sphere, times) -> bySphere.put(sphere, seconds(times)));
            pooled = seconds(occupied.values().stream().flatMap(List::stream).toList());
            defaultSeconds = defaultService.toSeconds();
        }

        double draw(String sphere, Random random) {
            double[] known = bySphere.getOrDefault(sphere, new double[0]);
            if (known.length >= ENOUGH_OBSERVATIONS) {
                return known[random.nextInt(known.length)];
            }
            if (pooled.length >= ENOUGH_OBSERVATIONS) {
                return pooled[random.nextInt(pooled.length)];
            }
            return defaultSeconds * Math.exp(0.5 * random.nextGaussian() - 0.125);
        }

        /** What is left of a service already {@code elapsed} seconds long: one that lasts longer than that. */
        double remaining(String sphere, double elapsed, Random random) {
            for (int attempt = 0; attempt < 20; attempt++) {
                double total = draw(sphere, random);
                if (total > elapsed) {
                    return total - elapsed;
                }
            }
            return Math.max(60, 0.25 * elapsed); // longer than anything seen today: a little more
        }

        private static double[] seconds(List<Duration> times) {
            return times.stream().mapToDouble(Duration::toSeconds).toArray();
        }
    }
}
