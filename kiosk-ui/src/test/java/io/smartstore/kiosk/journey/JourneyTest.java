package io.smartstore.kiosk.journey;

import io.smartstore.kiosk.recognition.RecognitionResult;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.TicketStatus;
import org.junit.jupiter.api.Test;

import io.smartstore.support.testing.MovingClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk journey as a state machine, on a clock the test moves. */
class JourneyTest {

    static final Duration IDLE = Duration.ofSeconds(30);
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T10:00:00Z"));
    final KeptAnswers answers = new KeptAnswers();
    final Journey journey = new Journey(clock, new Timings(IDLE, Duration.ofSeconds(5), Duration.ofSeconds(10)), answers);

    @Test
    void aCustomerWhoWalksAwayOnTheReasonsScreenLeavesTheScoreCountedOnce() {
        journey.continueAnonymously();
        journey.scored(4);
        UUID tapped = answers.kept.keySet().iterator().next();
        assertThat(answers.kept.get(tapped).open).isTrue();

        clock.pass(IDLE.minusSeconds(1));
        assertThat(journey.timeUp()).isFalse();
        clock.pass(Duration.ofSeconds(1));
        assertThat(journey.timeUp()).isTrue();

        assertThat(journey.screen()).isInstanceOf(Screen.Attract.class);
        assertThat(answers.kept).hasSize(1);
        assertThat(answers.kept.get(tapped).open).isFalse();
        assertThat(answers.kept.get(tapped).answer.score()).isEqualTo(4);
    }

    @Test
    void everyTouchRestartsTheTimerSoALongCommentIsNeverCutShort() {
        journey.continueAnonymously();
        journey.scored(8);
        for (int second = 0; second < 120; second += 5) {
            clock.pass(Duration.ofSeconds(5));
            journey.touched();
            assertThat(journey.timeUp()).isFalse();
        }
        assertThat(journey.screen()).isEqualTo(new Screen.Reasons(8));
        journey.sent(List.of("ADVICE"), "  a long comment  ");
        Kept answer = answers.kept.values().iterator().next();
        assertThat(answer.reasons).containsExactly("ADVICE");
        assertThat(answer.comment).isEqualTo("a long comment");
        assertThat(answer.open).isFalse();
    }

    @Test
    void thankYouResetsAfterItsOwnShortTimeWhateverTheTouches() {
        journey.continueAnonymously();
        journey.scored(10);
        journey.sent(List.of(), null);
        clock.pass(Duration.ofSeconds(4));
        journey.touched();
        clock.pass(Duration.ofSeconds(1));
        assertThat(journey.timeUp()).isTrue();
    }

    @Test
    void oneMomentHasATimeoutToo() {
        journey.reading();
        assertThat(journey.screen()).isInstanceOf(Screen.Waiting.class);
        assertThat(journey.deadline()).contains(clock.instant().plusSeconds(10));
        clock.pass(Duration.ofSeconds(10));
        assertThat(journey.timeUp()).isTrue();
    }

    @Test
    void aRefusedReadThenContinuingAnonymouslyIsOneSession() {
        UUID session = journey.session();
        journey.reading();
        journey.recognised(new RecognitionResult.Refused(ProblemCode.UNKNOWN_CUSTOMER));
        assertThat(journey.screen()).isEqualTo(new Screen.Message("message.unknown"));
        assertThat(journey.continueAnonymously()).as("the store hears of an anonymous session").isTrue();
        assertThat(journey.session()).isEqualTo(session);
        journey.reset();
        assertThat(journey.session()).isNotEqualTo(session);
    }

    @Test
    void aRecognisedCustomersAnswerCarriesTheVisitAndTheTicketItRates() {
        UUID visit = UUID.randomUUID();
        journey.reading();
        journey.recognised(new RecognitionResult.Recognised(new Identification(visit,
                new Identification.CustomerSummary("C-1", "Camille", "fr", "CONSUMER"), List.of(), List.of(), Identification.Assurance.HIGH)));
        assertThat(journey.language()).contains("fr");
        assertThat(journey.askForAdviser()).as("recognised: no anonymous session").isFalse();
        journey.ticketTaken(Optional.of(new QueueTicket("H-007", TicketStatus.WAITING, 1, new QueueTicket.Wait(1, 3), null, null)));
        journey.rate();
        journey.scored(9);
        FeedbackResponse kept = answers.kept.values().iterator().next().answer;
        assertThat(kept.visitId()).isEqualTo(visit);
        assertThat(kept.ticket()).isEqualTo("H-007");
        assertThat(kept.language()).isEqualTo("fr");
        journey.reset();
        assertThat(journey.language()).isEmpty();
        assertThat(journey.visit()).isEmpty();
    }

    @Test
    void onlyARecognisedCustomersConsentToBeCalledBackTravels() {
        journey.continueAnonymously();
        journey.scored(2);
        journey.sent(List.of(), "no", true);
        assertThat(answers.kept.values().iterator().next().consent).as("nobody to call back").isFalse();

        journey.reading();
        journey.recognised(new RecognitionResult.Recognised(new Identification(UUID.randomUUID(),
                new Identification.CustomerSummary("C-1", "Camille", "fr", "CONSUMER"), List.of(), List.of(), Identification.Assurance.HIGH)));
        journey.rate();
        journey.scored(3);
        journey.sent(List.of("WAIT_TIME"), null, true);
        assertThat(answers.kept.values().stream().skip(1).findFirst().orElseThrow().consent).isTrue();
    }

    @Test
    void everyRefusalHasAMessage() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(Refusals.messageKey(code)).startsWith("message.");
        }
        assertThat(Refusals.messageKey(ProblemCode.CARD_NOT_ACCEPTED)).isEqualTo("message.bankCard");
    }

    static final class Kept {
        final FeedbackResponse answer;
        boolean open = true;
        List<String> reasons = List.of();
        String comment;
        boolean consent;

        Kept(FeedbackResponse answer) {
            this.answer = answer;
        }
    }

    static final class KeptAnswers implements Answers {
        final Map<UUID, Kept> kept = new LinkedHashMap<>();

        @Override
        public void open(FeedbackResponse answer) {
            kept.put(answer.id(), new Kept(answer));
        }

        @Override
        public void complete(UUID id, List<String> reasons, String comment, boolean consentToContact) {
            Kept answer = kept.get(id);
            answer.reasons = new ArrayList<>(reasons);
            answer.comment = comment;
            answer.consent = consentToContact;
            answer.open = false;
        }

        @Override
        public void close(UUID id) {
            kept.get(id).open = false;
        }
    }
}
