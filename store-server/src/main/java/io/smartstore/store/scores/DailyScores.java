package io.smartstore.store.scores;

import java.time.Instant;
import java.time.LocalDate;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.Waits;

import java.util.List;

/**
 * {@code GET /api/v1/scores/daily}: one store-day. {@code nps} and {@code marginOfError95}
 * are {@code null} when nobody answered; {@code recognitionRate} likewise without sessions.
 * Counted answers exclude misuse (listed in {@code misuse}, counted in {@code excludedAsMisuse})
 * and answers replaced by a later one for the same visit. {@code recognition}: the sessions recognised at the kiosk,
 * at the desk, never, and why not.
 */
public record DailyScores(LocalDate date, long responses, long promoters, long passives, long detractors,
                          Double nps, Double marginOfError95, long[] distribution, List<SphereScore> bySphere,
                          List<HourScore> byHour, List<KioskScore> byKiosk, List<AdviserScore> byAdviser, Double recognitionRate,
                          long sessions, long excludedAsMisuse, List<MisuseEntry> misuse, Waits waits, List<ReasonCount> reasons,
                          FollowUps.Figures followUps, List<RecognitionScore> byRecognition,
                          io.smartstore.protocol.wire.RecognitionFigures recognition) {

    /** "34 answers: 16 promoters, 1 passive, 10 detractors": each count with its word, singular for one. */
    public String answersInWords() {
        return io.smartstore.support.i18n.Counted.answers(responses, promoters, passives, detractors);
    }

    /** Recognised customers' answers against anonymous ones ({@code recognised} true or false). */
    public record RecognitionScore(boolean recognised, long responses, Double nps, Double marginOfError95) {
    }

    /** How often a reason was chosen, by the score band of the answers that chose it. */
    public record ReasonCount(String reason, long promoters, long passives, long detractors) {
    }

    /** Advisers are shown only from this many counted answers in the day (trust.md): the tool measures service, not people. */
    public static final int MIN_ADVISER_RESPONSES = 10;

    public record AdviserScore(String adviser, long responses, Double nps, Double marginOfError95) {
    }

    public record SphereScore(String sphere, long responses, Double nps, Double marginOfError95) {
    }

    public record HourScore(int hour, long responses, Double nps) {
    }

    public record KioskScore(String kiosk, long responses, Double nps, Double marginOfError95) {
    }

    /** An answer kept but not counted: which kiosk, when, what score, and why ({@code TOO_SOON} or {@code BURST}). */
    public record MisuseEntry(java.util.UUID id, String kiosk, Instant answeredAt, int score, String reason) {
    }
}
