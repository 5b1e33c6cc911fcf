package io.smartstore.central.webhooks;

import io.smartstore.central.scores.ScoreService;
import io.smartstore.central.scores.Scores;
import io.smartstore.support.webhooks.Webhooks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code scores.published}: each morning ({@code smartstore.webhooks.scores-published-cron}, default 06:00 UTC, when
 * every shop of Europe has closed its day and relayed it) yesterday's network scores as {@code GET /api/v1/scores} for
 * that day shows them. Answers relayed later count in the API, not in what was published.
 */
@Component
public class ScoresPublication {

    private final ScoreService scores;
    private final Webhooks webhooks;
    private final Clock clock;

    ScoresPublication(ScoreService scores, Webhooks webhooks, Clock clock) {
        this.scores = scores;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Scheduled(cron = "${smartstore.webhooks.scores-published-cron:0 0 6 * * *}", zone = "UTC")
    public void publishYesterday() {
        publish(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1));
    }

    /** Tells subscribers the scores of {@code day}. */
    public void publish(LocalDate day) {
        webhooks.publish(CentralEvents.SCORES_PUBLISHED, null, new PublishedScores(day, scores.of(day, day, null)));
    }

    /** The {@code data} of {@code scores.published}: the day, and its scores as the API shows them. */
    public record PublishedScores(LocalDate date, Scores scores) {
    }
}
