package io.smartstore.store.queue;

import io.smartstore.store.MutableClock;
import io.smartstore.store.StoreServerApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

/**
 * A busy day at the shop, driven through the real store (its queue, its estimator, an H2 file database) on a clock
 * the bench moves: customers arrive by an hourly profile and take tickets in four spheres, advisers come on and off
 * duty (a lunch break, an evening shift) and serve the oldest ticket of their spheres, service times are skewed
 * (log-normal, a median per sphere), 5 % of the called never come and 5 % of the served are transferred to another
 * sphere. Each ticket keeps the range promised when it was taken; the bench reports the share called within it, the
 * mean range width and the mean error, by hour and for the day ({@link Waits}, as the day page counts them).
 * Run: {@code ./smartstore bench waits [days] [seed]} (default 5 days, seed 1).
 */
public final class WaitsBench {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int[] ARRIVALS_PER_HOUR = {9, 14, 18, 22, 24, 18, 18, 22, 26, 15}; // 9:00 … 18:00
    static final Map<String, Double> SPHERE_SHARE = Map.of("HOME", 0.35, "MOBILE", 0.35, "WORK", 0.15, "WELLBEING", 0.15);
    static final Map<String, Double> MEDIAN_SERVICE_MINUTES = Map.of("HOME", 8.0, "MOBILE", 5.0, "WORK", 12.0, "WELLBEING", 6.0);
    static final double SERVICE_SIGMA = 0.55;
    static final double NO_SHOW = 0.05;
    static final double TRANSFER = 0.05;
    static final List<String> ALL = List.of("HOME", "MOBILE", "WORK", "WELLBEING");

    /** An adviser's day: the spheres they serve and their shifts (local hours, end excluded). */
    record Shift(String username, List<String> spheres, int[][] hours) {
    }

    static final List<Shift> ROTA = List.of(
            new Shift("anna", ALL, new int[][]{{9, 13}, {14, 18}}),
            new Shift("ben", List.of("HOME", "WORK"), new int[][]{{9, 17}}),
            new Shift("chloe", List.of("MOBILE", "WELLBEING"), new int[][]{{10, 14}, {15, 19}}),
            new Shift("david", ALL, new int[][]{{12, 19}}),
            new Shift("eva", List.of("MOBILE", "HOME"), new int[][]{{16, 19}}));

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path directory = Files.createTempDirectory("waits-bench");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T07:00:00Z"));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StoreServerApplication.class).profiles("test")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof Clock && !(bean instanceof MutableClock) ? clock : bean;
                    }
                }));
        try (ConfigurableApplicationContext store = builder.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("store"))) {
            Tickets tickets = store.getBean(Tickets.class);
            new io.smartstore.support.testing.SignedIn(store.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class))
                    .as("bench", "ADVISER"); // the floor's steps are the advisers' (Tickets' @RolesAllowed)
            AdviserDuty duty = store.getBean(AdviserDuty.class);
            JdbcClient jdbc = store.getBean(JdbcClient.class);
            Random random = new Random(seed);
            List<Waits.TicketWait> everyDay = new ArrayList<>();
            TreeMap<Integer, List<Waits.TicketWait>> byHour = new TreeMap<>();
            LocalDate day = LocalDate.of(2026, 11, 23);
            for (int d = 0; d < days; d++, day = day.plusDays(1)) {
                new Day(day, tickets, duty, clock, random).run();
                clock.set(day.plusDays(1).atTime(LocalTime.of(6, 0)).atZone(PARIS).toInstant());
                Waits waits = tickets.waitsOn(day);
                System.out.printf(Locale.ROOT, "%s: %d tickets, %d called, within promise %.0f %%, mean width %.1f min, mean error %.1f min, median wait %.1f min%n",
                        day, waits.tickets(), waits.served(), 100 * waits.withinPromise(), waits.meanRangeWidthMinutes(),
                        waits.meanAbsoluteErrorMinutes(), waits.medianWaitMinutes());
                for (var row : ticketsOf(jdbc, day)) {
                    everyDay.add(row.ticket());
                    byHour.computeIfAbsent(row.hour(), h -> new ArrayList<>()).add(row.ticket());
                }
            }
            System.out.println();
            System.out.println("hour   tickets  within promise  mean width  mean error");
            byHour.forEach((hour, waits) -> print("%02d:00".formatted(hour), waits));
            print("day", everyDay);
        }
        System.exit(0);
    }

    private static void print(String label, List<Waits.TicketWait> tickets) {
        Waits waits = Waits.of(tickets, true);
        System.out.printf(Locale.ROOT, "%-6s %7d  %13.0f %%  %8.1f m  %8.1f m%n", label, waits.tickets(), 100 * waits.withinPromise(),
                waits.meanRangeWidthMinutes(), waits.meanAbsoluteErrorMinutes());
    }

    record Row(int hour, Waits.TicketWait ticket) {
    }

    private static List<Row> ticketsOf(JdbcClient jdbc, LocalDate day) {
        return jdbc.sql("SELECT CREATED_AT, CALLED_AT, PROMISED_MIN, PROMISED_MAX, STATUS FROM TICKET WHERE LOCAL_DATE = ?").param(day)
                .query((rs, i) -> {
                    Instant taken = rs.getObject(1, OffsetDateTime.class).toInstant();
                    return new Row(taken.atZone(PARIS).getHour(), new Waits.TicketWait(taken,
                            Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                            rs.getObject(3, Integer.class), rs.getObject(4, Integer.class), "NO_SHOW".equals(rs.getString(5))));
                }).list();
    }

    /** One day, event by event, on the store's clock. */
    private static final class Day {

        private final LocalDate day;
        private final Tickets tickets;
        private final AdviserDuty duty;
        private final MutableClock clock;
        private final Random random;
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private final Map<String, Adviser> advisers = new TreeMap<>();
        private long sequence;

        Day(LocalDate day, Tickets tickets, AdviserDuty duty, MutableClock clock, Random random) {
            this.day = day;
            this.tickets = tickets;
            this.duty = duty;
            this.clock = clock;
            this.random = random;
        }

        void run() {
            for (int hour = 0; hour < ARRIVALS_PER_HOUR.length; hour++) {
                int arrivals = poisson(ARRIVALS_PER_HOUR[hour]);
                for (int i = 0; i < arrivals; i++) {
                    Instant at = at(9 + hour, 0).plusSeconds((long) (random.nextDouble() * 3600));
                    String sphere = sphere();
                    schedule(at, () -> {
                        tickets.take(new Tickets.Request(sphere, null, null));
                        dispatchIdle();
                    });
                }
            }
            for (Shift shift : ROTA) {
                Adviser adviser = new Adviser(shift);
                advisers.put(shift.username(), adviser);
                for (int[] hours : shift.hours()) {
                    schedule(at(hours[0], 0), () -> adviser.comeOn());
                    schedule(at(hours[1], 0), () -> adviser.leaving = true);
                    schedule(at(hours[1], 0), () -> adviser.goOffIfIdle());
                }
            }
            while (!events.isEmpty()) {
                Event next = events.poll();
                clock.set(next.at());
                next.action().run();
            }
            advisers.keySet().forEach(duty::offDuty);
        }

        private void dispatchIdle() {
            advisers.values().forEach(Adviser::callIfIdle);
        }

        private final class Adviser {
            private final Shift shift;
            private boolean onDuty;
            private boolean busy;
            private boolean leaving;

            Adviser(Shift shift) {
                this.shift = shift;
            }

            Tickets.Caller caller() {
                return new Tickets.Caller(shift.username(), shift.username(), shift.username(), shift.spheres());
            }

            Ticket.Actor actor() {
                return new Ticket.Actor(shift.username(), false);
            }

            void comeOn() {
                duty.onDuty(shift.username(), shift.username(), shift.spheres());
                onDuty = true;
                leaving = false;
                callIfIdle();
            }

            void goOffIfIdle() {
                if (onDuty && !busy && leaving && !lastOfTheDay()) {
                    duty.offDuty(shift.username());
                    onDuty = false;
                }
            }

            /** The shop's last shift serves whoever is still waiting at closing time. */
            private boolean lastOfTheDay() {
                return shift.hours()[shift.hours().length - 1][1] >= 19;
            }

            void callIfIdle() {
                if (!onDuty || busy) {
                    return;
                }
                if (leaving && !lastOfTheDay()) {
                    goOffIfIdle();
                    return;
                }
                tickets.callNext(caller()).ifPresent(called -> {
                    busy = true;
                    String ticket = called.ticket();
                    if (random.nextDouble() < NO_SHOW) {
                        after(Duration.ofMinutes(2), () -> done(() -> tickets.noShow(ticket, actor())));
                        return;
                    }
                    Duration walk = Duration.ofSeconds(30 + random.nextInt(60));
                    after(walk, () -> tickets.start(ticket, actor()));
                    String sphere = tickets.facts(ticket, day).orElseThrow().sphere();
                    if (random.nextDouble() < TRANSFER) {
                        String to = ALL.stream().filter(other -> !other.equals(sphere)).toList().get(random.nextInt(ALL.size() - 1));
                        after(walk.plusSeconds(60 + random.nextInt(120)), () -> done(() -> {
                            tickets.transfer(ticket, actor(), to);
                            dispatchIdle();
                        }));
                        return;
                    }
                    after(walk.plus(service(sphere)), () -> done(() -> tickets.finish(ticket, actor(), TicketOutcome.RESOLVED, null)));
                });
            }

            private void done(Runnable step) {
                step.run();
                busy = false;
                callIfIdle();
            }

            private void after(Duration delay, Runnable action) {
                schedule(clock.instant().plus(delay), action);
            }
        }

        private Duration service(String sphere) {
            double minutes = MEDIAN_SERVICE_MINUTES.get(sphere) * Math.exp(SERVICE_SIGMA * random.nextGaussian());
            return Duration.ofSeconds((long) (minutes * 60));
        }

        private String sphere() {
            double pick = random.nextDouble();
            for (String sphere : ALL) {
                pick -= SPHERE_SHARE.get(sphere);
                if (pick < 0) {
                    return sphere;
                }
            }
            return ALL.getLast();
        }

        private int poisson(double mean) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }

        private Instant at(int hour, int minute) {
            return day.atTime(hour, minute).atZone(PARIS).toInstant();
        }

        private void schedule(Instant at, Runnable action) {
            events.add(new Event(at, sequence++, action));
        }
    }

    record Event(Instant at, long sequence, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
