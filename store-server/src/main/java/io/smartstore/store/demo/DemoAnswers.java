package io.smartstore.store.demo;

import io.smartstore.store.followups.FollowUp;
import io.smartstore.store.followups.FollowUps;
import java.time.Duration;
import java.time.Instant;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackReasons;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.FeedbackIngest;
import org.springframework.boot.ApplicationArguments;
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
import java.util.Random;
import java.util.UUID;

/**
 * The demo shop's past: 90 days of kiosk answers (a score that slowly improves, reasons,
 * now and then a comment), so that the manager's day, its trend and its call backs have
 * something to show on a fresh machine. Only once, into an empty store.
 */
@Component
@Profile("demo")
@Order(2)
class DemoAnswers implements ApplicationRunner {

    static final int DAYS = 90;
    /** Call backs left overdue in the demo: a manager has something to act on. */
    static final int OVERDUE = 2;
    private static final List<String> OUTCOMES = List.of("RESOLVED", "RESOLVED", "RESOLVED", "NOT_RESOLVED", "NOT_REACHED", "DECLINED");
    private static final List<String> COMMENTS = List.of("The wait was far too long", "Nobody could tell me why my bill went up",
            "The adviser did not know the new offer", "I came back three times for the same problem");
    private final FeedbackIngest ingest;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final FollowUps followUps;

    DemoAnswers(FeedbackIngest ingest, JdbcClient jdbc, Clock clock, StoreSettings settings, FollowUps followUps) {
        this.followUps = followUps;
        this.ingest = ingest;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = settings.store().zone();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM FEEDBACK").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            double lift = (DAYS - back) / (double) DAYS; // from 0 to 1 over the period
            int answers = 25 + random.nextInt(30);
            List<FeedbackResponse> batch = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                int score = score(random, lift);
                List<String> offered = FeedbackReasons.forScore(score);
                String comment = score <= 4 && random.nextInt(6) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
                batch.add(FeedbackResponse.atKiosk(UUID.randomUUID(), null, score, List.of(offered.get(random.nextInt(offered.size()))), comment,
                        day.atTime(9, 30).atZone(zone).plusMinutes(9L * i + random.nextInt(5)).toInstant(), "fr"));
            }
            ingest.store(new FeedbackBatch(batch), "kiosk-1");
        }
        callBack(random);
    }

    /**
     * The call backs of a shop that works: those due more than a day ago were closed, most in time
     * and one in eight late; the last {@value #OVERDUE} that fell due stay overdue; those not due yet are open.
     */
    private void callBack(Random random) {
        Instant now = clock.instant();
        List<FollowUp> due = followUps.notClosed().stream().filter(followUp -> followUp.dueAt().isBefore(now)).toList();
        for (int i = 0; i < due.size() - OVERDUE; i++) {
            FollowUp followUp = due.get(i);
            boolean late = i % 8 == 7;
            Instant closed = late ? followUp.dueAt().plus(Duration.ofHours(2 + random.nextInt(20)))
                    : followUp.createdAt().plus(Duration.ofHours(1 + random.nextInt(40)));
            followUps.closedAt(followUp.id(), "manager", OUTCOMES.get(random.nextInt(OUTCOMES.size())),
                    late ? "Reached on the third try" : "Called back, explained and apologised", closed.isAfter(now) ? now : closed);
        }
    }

    /** Scores of a shop between +5 and +35 or so, getting better as {@code lift} grows. */
    private static int score(Random random, double lift) {
        double draw = random.nextDouble();
        double detractors = 0.30 - 0.12 * lift;
        double promoters = 0.40 + 0.12 * lift;
        if (draw < detractors) {
            return random.nextInt(7);
        }
        return draw < detractors + (1 - detractors - promoters) ? 7 + random.nextInt(2) : 9 + random.nextInt(2);
    }
}
