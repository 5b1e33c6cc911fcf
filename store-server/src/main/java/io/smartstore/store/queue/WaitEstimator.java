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
 * one adviser for every sphere were busy with a customer who has just sat down: the first in line is not promised
 * an instant call by a floor where nobody is. The whole queue is played at once, every ticket's range from the
 * same plays; the same queue always gets the same ranges (the draws are seeded by it): the screens do not flicker
 * between refreshes.
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

    /** A waiting ticket: its number and its sphere. */
    public record Waiting(String ticket, String sphere) {
    }

    /**
     * The range for a ticket in {@code sphere} with {@code ahead} (the spheres of every older waiting ticket, oldest
     * first) before it, the advisers on duty now, and today's call-to-end times by sphere.
     */
    public QueueTicket.Wait estimate(String ticket, String sphere, List<String> ahead, List<Adviser> advisers,
                                     Map<String, List<Duration>> occupiedToday) {
        List<Waiting> queue = new ArrayList<>();
        for (int i = 0; i < ahead.size(); i++) {
            queue.add(new Waiting("ahead-" + i, ahead.get(i)));
        }
        queue.add(new Waiting(ticket, sphere));
        return estimateAll(queue, advisers, occupiedToday).get(ticket);
    }

    /**
     * The ranges of every waiting ticket, given oldest first, from the same plays of the whole queue: the floor, a
     * kiosk and a phone read them from one computation. A ticket of a sphere nobody on duty serves is played as if one
     * adviser for every sphere, busy with a customer just sat down, served the tickets up to it.
     */
    public Map<String, QueueTicket.Wait> estimateAll(List<Waiting> queue, List<Adviser> advisers, Map<String, List<Duration>> occupiedToday) {
        Times times = new Times(occupiedToday, defaultService);
        Map<String, QueueTicket.Wait> ranges = new java.util.LinkedHashMap<>();
        if (queue.isEmpty()) {
            return ranges;
        }
        int count = queue.size();
        double[][] waits = new double[count][PLAYS];
        long seed = 31L * count + queue.getFirst().ticket().hashCode();
        Random random = new Random(seed);
        for (int play = 0; play < PLAYS; play++) {
            double[] called = play(queue, advisers, times, random);
            for (int t = 0; t < count; t++) {
                waits[t][play] = called[t];
            }
        }
        for (int t = 0; t < count; t++) {
            Waiting ticket = queue.get(t);
            if (advisers.stream().noneMatch(adviser -> adviser.serves(ticket.sphere()))) {
                List<Waiting> upToIt = queue.subList(0, t + 1);
                double[] alone = new double[PLAYS];
                Random draws = new Random(seed);
                for (int play = 0; play < PLAYS; play++) {
                    alone[play] = play(upToIt, List.of(nobodyOnDuty(ticket.sphere())), times, draws)[t];
                }
                ranges.put(ticket.ticket(), range(alone));
            } else {
                ranges.put(ticket.ticket(), range(waits[t]));
            }
        }
        return ranges;
    }

    /** Who serves a sphere nobody on duty serves, for the promise: one adviser of every sphere, busy with a customer just sat down. */
    static Adviser nobodyOnDuty(String sphere) {
        return new Adviser(List.of(), sphere, Duration.ZERO);
    }

    private static QueueTicket.Wait range(double[] waits) {
        Arrays.sort(waits);
        int min = (int) Math.floor(waits[(int) (LOW * (PLAYS - 1))] / 60);
        int max = (int) Math.ceil(waits[(int) (HIGH * (PLAYS - 1))] / 60);
        return new QueueTicket.Wait(min, Math.max(min + 1, max));
    }

    /** One play of the queue: the seconds until each ticket is called (unset for a ticket nobody on duty serves). */
    private static double[] play(List<Waiting> queue, List<Adviser> advisers, Times times, Random random) {
        int count = advisers.size();
        double[] freeAt = new double[count];
        for (int i = 0; i < count; i++) {
            Adviser adviser = advisers.get(i);
            freeAt[i] = adviser.servingSphere() == null ? 0 : times.remaining(adviser.servingSphere(), adviser.servingFor().toSeconds(), random);
        }
        double[] called = new double[queue.size()];
        boolean[] taken = new boolean[queue.size()];
        boolean[] idleForGood = new boolean[count];
        while (true) {
            int next = -1;
            for (int i = 0; i < count; i++) {
                if (!idleForGood[i] && (next < 0 || freeAt[i] < freeAt[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return called;
            }
            Adviser adviser = advisers.get(next);
            int ticket = -1;
            for (int t = 0; t < queue.size(); t++) {
                if (!taken[t] && adviser.serves(queue.get(t).sphere())) {
                    ticket = t;
                    break;
                }
            }
            if (ticket < 0) {
                idleForGood[next] = true; // nothing left in their spheres
                continue;
            }
            taken[ticket] = true;
            called[ticket] = freeAt[next];
            freeAt[next] += times.draw(queue.get(ticket).sphere(), random);
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
