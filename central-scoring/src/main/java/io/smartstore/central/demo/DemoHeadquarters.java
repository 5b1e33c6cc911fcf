package io.smartstore.central.demo;

import io.smartstore.central.customerbase.CustomerBase;
import io.smartstore.central.leadership.Benchmarks;
import io.smartstore.central.responses.ResponseIngest;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.StaffUsers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo's headquarters: customer bases and competitors' benchmarks for France, Spain and
 * Germany, an analyst to sign in as, and 90 days from six other shops: answers (recognised
 * customers of both segments, and anonymous ones), and each day's kiosk sessions (recognised at the
 * kiosk, at the desk, or not and why), tickets with their promised waits kept or not, and call backs
 * due and closed in time, so that every figure of the dashboard has something behind it on a fresh
 * machine. Loaded once, into an empty central.
 */
@Component
@Profile("demo")
@Order(2)
class DemoHeadquarters implements ApplicationRunner {

    record Shop(String id, String country, double quality) {
    }

    static final List<Shop> SHOPS = List.of(new Shop("FR-LYON-01", "FR", 0.10), new Shop("FR-LILLE-01", "FR", -0.05),
            new Shop("ES-MADRID-01", "ES", 0.05), new Shop("ES-SEVILLA-01", "ES", 0.15), new Shop("DE-BERLIN-01", "DE", -0.10),
            new Shop("DE-KOELN-01", "DE", 0.0));
    private final CustomerBase customerBase;
    private final Benchmarks benchmarks;
    private final ResponseIngest ingest;
    private final io.smartstore.central.recognition.SessionDays sessions;
    private final EnrolledClients stores;
    private final StaffUsers staff;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String analystPassword;

    /** The analyst's password comes with the demo's configuration (demo/central-scoring), never from the jar. */
    DemoHeadquarters(CustomerBase customerBase, Benchmarks benchmarks, ResponseIngest ingest, io.smartstore.central.recognition.SessionDays sessions,
                     EnrolledClients stores, StaffUsers staff, JdbcClient jdbc, Clock clock,
                     @Value("${smartstore.demo.analyst-password}") String analystPassword) {
        this.sessions = sessions;
        this.analystPassword = analystPassword;
        this.customerBase = customerBase;
        this.benchmarks = benchmarks;
        this.ingest = ingest;
        this.stores = stores;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!staff.exists("analyst")) {
            staff.add("analyst", analystPassword, List.of("ANALYST"), "Hélène", null);
        }
        customerBase.replace("FR", LocalDate.of(2026, 11, 1), Map.of("CONSUMER", 800_000L, "PRO", 200_000L));
        customerBase.replace("ES", LocalDate.of(2026, 11, 1), Map.of("CONSUMER", 500_000L, "PRO", 120_000L));
        customerBase.replace("DE", LocalDate.of(2026, 11, 1), Map.of("CONSUMER", 650_000L, "PRO", 150_000L));
        benchmarks.replace("FR", "2026-Q4", Map.of("CONSUMER", Map.of("Competitor A", 18.0, "Competitor B", 24.0), "PRO", Map.of("Competitor A", 35.0)));
        benchmarks.replace("ES", "2026-Q4", Map.of("CONSUMER", Map.of("Competitor A", 12.0), "PRO", Map.of("Competitor C", 20.0)));
        benchmarks.replace("DE", "2026-Q4", Map.of("CONSUMER", Map.of("Competitor D", 15.0), "PRO", Map.of("Competitor D", 10.0)));
        if (jdbc.sql("SELECT COUNT(*) FROM RESPONSE").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(11);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        for (Shop shop : SHOPS) {
            if (!stores.isEnrolled(shop.id())) {
                stores.enrolWithNewToken(shop.id());
            }
            for (int back = 90; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                List<ScoredResponse> answers = new ArrayList<>();
                for (int i = 0, n = 20 + random.nextInt(25); i < n; i++) {
                    int kind = random.nextInt(10);
                    String segment = kind < 5 ? "CONSUMER" : kind < 7 ? "PRO" : null;
                    answers.add(new ScoredResponse(UUID.randomUUID(), segment, null, score(random, shop.quality() + 0.1 * (90 - back) / 90.0),
                            day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).plusMinutes(15L * i).toInstant(), day, segment != null, null, null));
                }
                ingest.store(new ScoredResponseBatch(shop.id(), shop.country(), answers));
                sessions.replace(dayOf(shop, day, answers, random));
            }
        }
    }

    /**
     * The shop's day beside its answers: about one and a half kiosk sessions an answer, two thirds of them recognised
     * (most at the kiosk, some at the desk), the others by a reason; nine tickets in ten answers, their promise kept
     * three to nine times in ten; a call back for a detractor in three, most closed in time, now and then one recovered
     * while the customer was still in the shop.
     */
    static io.smartstore.protocol.wire.SessionCounts dayOf(Shop shop, LocalDate day, List<ScoredResponse> answers, Random random) {
        long count = answers.size();
        long total = count + count / 2 + random.nextInt(5);
        long recognised = Math.round(total * (0.6 + 0.1 * random.nextDouble()));
        long atDesk = recognised / 8;
        long never = total - recognised;
        Map<io.smartstore.protocol.wire.RecognitionMiss, Long> misses = new java.util.EnumMap<>(io.smartstore.protocol.wire.RecognitionMiss.class);
        long bankCards = never / 4;
        long unknown = never / 6;
        long unreadable = never / 10;
        misses.put(io.smartstore.protocol.wire.RecognitionMiss.BANK_CARD, bankCards);
        misses.put(io.smartstore.protocol.wire.RecognitionMiss.UNKNOWN_CARD, unknown);
        misses.put(io.smartstore.protocol.wire.RecognitionMiss.UNREADABLE, unreadable);
        misses.put(io.smartstore.protocol.wire.RecognitionMiss.NO_CREDENTIAL, never - bankCards - unknown - unreadable);
        long served = Math.round(count * 0.9);
        double kept = Math.min(0.95, Math.max(0.3, 0.75 + shop.quality() + 0.1 * (random.nextDouble() - 0.5)));
        long detractors = answers.stream().filter(answer -> answer.score() <= io.smartstore.protocol.nps.Score.DETRACTOR_MAX).count();
        long due = detractors / 3;
        long closedInTime = Math.round(due * (0.7 + 0.25 * random.nextDouble()));
        return new io.smartstore.protocol.wire.SessionCounts(shop.id(), shop.country(), day, total, recognised, served,
                Math.round(kept * 100) / 100.0, due, closedInTime,
                new io.smartstore.protocol.wire.RecognitionFigures(total, recognised - atDesk, atDesk, never, misses),
                (long) (random.nextInt(6) == 0 ? 1 : 0));
    }

    private static int score(Random random, double lift) {
        double draw = random.nextDouble();
        double detractors = Math.max(0.05, 0.28 - lift);
        double promoters = Math.min(0.9, 0.42 + lift);
        return draw < detractors ? random.nextInt(7) : draw < 1 - promoters ? 7 + random.nextInt(2) : 9 + random.nextInt(2);
    }
}
