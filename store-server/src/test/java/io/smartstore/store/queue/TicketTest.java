package io.smartstore.store.queue;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ticket's rules on their own: each step from where it may be taken, refusals for the rest, who may act. */
class TicketTest {

    static final Instant NINE = Instant.parse("2026-12-08T09:00:00Z");
    static final Ticket.Holder LEA = new Ticket.Holder("lea", "Léa", "2");
    static final Ticket.Actor LEA_ACTS = new Ticket.Actor("lea", false);
    static final Ticket.Actor OMAR_ACTS = new Ticket.Actor("omar", false);
    static final Ticket.Actor NINA_MANAGES = new Ticket.Actor("nina", true);

    @Test
    void aTicketIsCalledStartedAndFinishedWithItsOutcomeAndTrimmedNote() {
        Ticket ticket = Ticket.taken("H-001", "HOME", null);
        ticket.call(LEA, NINE);
        ticket.start(LEA_ACTS, NINE.plusSeconds(60));
        ticket.finish(LEA_ACTS, TicketOutcome.SALE, "  fibre 1 Gb  ", NINE.plusSeconds(600));

        assertThat(ticket.status()).isEqualTo(TicketStatus.DONE);
        assertThat(ticket.holder()).isEqualTo(LEA);
        assertThat(ticket.calledAt()).isEqualTo(NINE);
        assertThat(ticket.startedAt()).isEqualTo(NINE.plusSeconds(60));
        assertThat(ticket.finishedAt()).isEqualTo(NINE.plusSeconds(600));
        assertThat(ticket.outcome()).isEqualTo(TicketOutcome.SALE);
        assertThat(ticket.note()).isEqualTo("fibre 1 Gb");
    }

    @Test
    void finishingWithoutStartingCountsTheServiceFromTheCallAndABlankNoteIsNone() {
        Ticket ticket = called();
        ticket.finish(LEA_ACTS, TicketOutcome.RESOLVED, "   ", NINE.plusSeconds(300));
        assertThat(ticket.startedAt()).isEqualTo(NINE);
        assertThat(ticket.note()).isNull();
    }

    @Test
    void aFinishedTicketCannotBeStartedAgain() {
        Ticket ticket = called();
        ticket.finish(LEA_ACTS, TicketOutcome.RESOLVED, null, NINE.plusSeconds(300));
        assertRefused(() -> ticket.start(LEA_ACTS, NINE.plusSeconds(400)), ProblemCode.ILLEGAL_TRANSITION,
                "This ticket is finished: it cannot be started");
        assertThat(ticket.status()).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void aWaitingTicketCannotBeStartedFinishedRecalledOrMarkedAsANoShow() {
        Ticket ticket = Ticket.taken("H-001", "HOME", null);
        assertRefused(() -> ticket.start(LEA_ACTS, NINE), ProblemCode.ILLEGAL_TRANSITION, "This ticket is waiting: it cannot be started");
        assertRefused(() -> ticket.finish(LEA_ACTS, TicketOutcome.RESOLVED, null, NINE), ProblemCode.ILLEGAL_TRANSITION,
                "This ticket is waiting: it cannot be finished");
        assertRefused(() -> ticket.recall(LEA_ACTS, NINE), ProblemCode.ILLEGAL_TRANSITION, "This ticket is waiting: it cannot be called again");
        assertRefused(() -> ticket.noShow(LEA_ACTS, NINE), ProblemCode.ILLEGAL_TRANSITION,
                "This ticket is waiting: it cannot be marked as a no-show");
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aTicketCalledByAnotherAdviserAMomentAgoIsSaidSo() {
        Ticket ticket = called();
        assertRefused(() -> ticket.call(new Ticket.Holder("omar", "Omar", "5"), NINE), ProblemCode.ILLEGAL_TRANSITION,
                "Another adviser called this ticket a moment ago");
        assertThat(ticket.holder()).isEqualTo(LEA);
    }

    @Test
    void onlyItsAdviserOrAManagerMayTakeACalledTicketFurther() {
        Ticket ticket = called();
        assertRefused(() -> ticket.start(OMAR_ACTS, NINE), ProblemCode.NOT_YOUR_TICKET, "Another adviser holds this ticket");
        ticket.noShow(NINA_MANAGES, NINE.plusSeconds(120));
        assertThat(ticket.status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(ticket.finishedAt()).isEqualTo(NINE.plusSeconds(120));
    }

    @Test
    void aRecallCountsAndCallsAgainFromNow() {
        Ticket ticket = called();
        ticket.recall(LEA_ACTS, NINE.plusSeconds(90));
        ticket.recall(LEA_ACTS, NINE.plusSeconds(180));
        assertThat(ticket.recalls()).isEqualTo(2);
        assertThat(ticket.calledAt()).isEqualTo(NINE.plusSeconds(180));
        assertThat(ticket.status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void aTransferWaitsAgainInTheOtherSphereHeldByNobody() {
        Ticket ticket = called();
        ticket.onTheWay(NINE.plusSeconds(10));
        ticket.start(LEA_ACTS, NINE.plusSeconds(60));
        ticket.transfer(LEA_ACTS, "WORK");
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.sphere()).isEqualTo("WORK");
        assertThat(ticket.holder()).isNull();
        assertThat(ticket.calledAt()).isNull();
        assertThat(ticket.startedAt()).isNull();
        assertThat(ticket.onTheWayAt()).isNull();
        ticket.call(new Ticket.Holder("omar", "Omar", "5"), NINE.plusSeconds(200)); // anyone may call it now
        assertThat(ticket.holder().username()).isEqualTo("omar");
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DONE", "NO_SHOW", "LEFT"})
    void aClosedTicketTakesNoStepAtAll(TicketStatus closed) {
        Ticket ticket = Ticket.stored("H-009", "HOME", closed, LEA, NINE, null, NINE.plusSeconds(60), null, 0, null, null, null);
        for (Consumer<Ticket> step : java.util.List.<Consumer<Ticket>>of(t -> t.call(LEA, NINE), t -> t.recall(LEA_ACTS, NINE),
                t -> t.start(LEA_ACTS, NINE), t -> t.noShow(LEA_ACTS, NINE), t -> t.transfer(LEA_ACTS, "WORK"),
                t -> t.finish(LEA_ACTS, TicketOutcome.RESOLVED, null, NINE))) {
            assertThatThrownBy(() -> step.accept(ticket)).isInstanceOfSatisfying(Refusal.class,
                    refusal -> assertThat(refusal.code()).isEqualTo(ProblemCode.ILLEGAL_TRANSITION));
        }
        assertThat(ticket.status()).isEqualTo(closed);
        assertThat(ticket.leave(NINE)).isFalse();
    }

    @Test
    void aCustomerLeavesOnlyAWaitingTicketAndIsOnTheWayOnlyWhenCalled() {
        Ticket waiting = Ticket.taken("H-001", "HOME", null);
        assertThat(waiting.onTheWay(NINE)).isFalse();
        assertThat(waiting.leave(NINE)).isTrue();
        assertThat(waiting.status()).isEqualTo(TicketStatus.LEFT);
        assertThat(waiting.leave(NINE)).as("left already").isFalse();

        Ticket ticket = called();
        assertThat(ticket.leave(NINE)).as("called meanwhile").isFalse();
        assertThat(ticket.onTheWay(NINE.plusSeconds(5))).isTrue();
        assertThat(ticket.onTheWay(NINE.plusSeconds(50))).as("said once is enough").isTrue();
        assertThat(ticket.onTheWayAt()).isEqualTo(NINE.plusSeconds(5));
    }

    @Test
    void aTicketIsRecognisedOnceAndNotAfterItsVisitIsOver() {
        UUID visit = UUID.randomUUID();
        Ticket ticket = called();
        ticket.recognise(visit);
        assertThat(ticket.visitId()).isEqualTo(visit);
        assertRefused(() -> ticket.recognise(UUID.randomUUID()), ProblemCode.TICKET_RECOGNISED, "This ticket's customer is recognised already");

        Ticket over = called();
        over.noShow(LEA_ACTS, NINE);
        assertRefused(() -> over.recognise(visit), ProblemCode.ILLEGAL_TRANSITION,
                "This ticket is marked as a no-show: its customer can no longer be recognised on it");
    }

    @Test
    void anUnknownOutcomeIsRefusedWithTheOnesThereAre() {
        assertThat(TicketOutcome.of("FOLLOW_UP")).isEqualTo(TicketOutcome.FOLLOW_UP);
        assertRefused(() -> TicketOutcome.of("HAPPY"), ProblemCode.INVALID_CALL, "A visit ends RESOLVED, FOLLOW_UP, SALE or REDIRECTED");
    }

    private static Ticket called() {
        Ticket ticket = Ticket.taken("H-001", "HOME", null);
        ticket.call(LEA, NINE);
        return ticket;
    }

    private static void assertRefused(Runnable step, ProblemCode code, String message) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(code);
            assertThat(refusal.getMessage()).isEqualTo(message);
        });
    }
}
