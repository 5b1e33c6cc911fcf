package io.smartstore.store.queue;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.TicketStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static io.smartstore.protocol.wire.TicketStatus.CALLED;
import static io.smartstore.protocol.wire.TicketStatus.DONE;
import static io.smartstore.protocol.wire.TicketStatus.LEFT;
import static io.smartstore.protocol.wire.TicketStatus.NO_SHOW;
import static io.smartstore.protocol.wire.TicketStatus.SERVING;
import static io.smartstore.protocol.wire.TicketStatus.WAITING;

/**
 * One ticket of the day and the rules of its life: each step checks where the ticket stands and who asks, and
 * refuses anything else with a {@link Refusal} an adviser can read. A transfer puts the ticket back to waiting in
 * another sphere, keeping its place in time. {@link TicketRepository} loads and stores it; nothing else changes it.
 */
public final class Ticket {

    /** What an adviser can do to a ticket, from where, and where it leaves it. */
    public enum Step {
        CALL(EnumSet.of(WAITING), "called"),
        RECALL(EnumSet.of(CALLED), "called again"),
        START(EnumSet.of(CALLED), "started"),
        NO_SHOW(EnumSet.of(CALLED), "marked as a no-show"),
        TRANSFER(EnumSet.of(WAITING, CALLED, SERVING), "transferred"),
        // an adviser who served without pressing "start" may still finish: the service began at the call
        FINISH(EnumSet.of(CALLED, SERVING), "finished"),
        LEAVE(EnumSet.of(WAITING), "left");

        private final Set<TicketStatus> from;
        private final String words;

        Step(Set<TicketStatus> from, String words) {
            this.from = from;
            this.words = words;
        }

        public boolean allowedFrom(TicketStatus status) {
            return from.contains(status);
        }
    }

    private final String id;
    private String sphere;
    private TicketStatus status;
    private Instant calledAt;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant onTheWayAt;
    private Holder holder;
    private int recalls;
    private TicketOutcome outcome;
    private String note;
    private UUID visitId;

    /** The adviser who called a ticket: their account, the name customers see, their desk. */
    public record Holder(String username, String displayName, String desk) {
    }

    private Ticket(String id, String sphere, TicketStatus status) {
        this.id = id;
        this.sphere = sphere;
        this.status = status;
    }

    /** A ticket just taken: waiting in its sphere, for a recognised visit or nobody's. */
    static Ticket taken(String id, String sphere, UUID visitId) {
        Ticket ticket = new Ticket(id, sphere, WAITING);
        ticket.visitId = visitId;
        return ticket;
    }

    /** A ticket as it was stored. */
    static Ticket stored(String id, String sphere, TicketStatus status, Holder holder, Instant calledAt, Instant startedAt,
                         Instant finishedAt, Instant onTheWayAt, int recalls, TicketOutcome outcome, String note, UUID visitId) {
        Ticket ticket = new Ticket(id, sphere, status);
        ticket.holder = holder;
        ticket.calledAt = calledAt;
        ticket.startedAt = startedAt;
        ticket.finishedAt = finishedAt;
        ticket.onTheWayAt = onTheWayAt;
        ticket.recalls = recalls;
        ticket.outcome = outcome;
        ticket.note = note;
        ticket.visitId = visitId;
        return ticket;
    }

    /** Called to an adviser's desk. */
    public void call(Holder adviser, Instant now) {
        allow(Step.CALL);
        status = CALLED;
        holder = Objects.requireNonNull(adviser);
        calledAt = now;
    }

    /** Called once more: the customer did not come yet. */
    public void recall(Actor actor, Instant now) {
        allow(Step.RECALL, actor);
        recalls++;
        calledAt = now;
    }

    /** The customer is at the desk. */
    public void start(Actor actor, Instant now) {
        allow(Step.START, actor);
        status = SERVING;
        startedAt = now;
    }

    /** The customer never came. */
    public void noShow(Actor actor, Instant now) {
        allow(Step.NO_SHOW, actor);
        status = TicketStatus.NO_SHOW;
        finishedAt = now;
    }

    /** Back in the queue of another sphere, keeping its place in time; nobody holds it any more. */
    public void transfer(Actor actor, String toSphere) {
        allow(Step.TRANSFER, actor);
        status = WAITING;
        sphere = Objects.requireNonNull(toSphere);
        holder = null;
        calledAt = null;
        startedAt = null;
        onTheWayAt = null;
    }

    /** Served: how it ended and the adviser's note (blank notes are none). */
    public void finish(Actor actor, TicketOutcome how, String adviserNote, Instant now) {
        allow(Step.FINISH, actor);
        status = DONE;
        startedAt = startedAt == null ? calledAt : startedAt;
        finishedAt = now;
        outcome = Objects.requireNonNull(how);
        note = adviserNote == null || adviserNote.isBlank() ? null : adviserNote.strip();
    }

    /** Its customer left the queue from their phone; false when the ticket no longer waits. */
    public boolean leave(Instant now) {
        if (!Step.LEAVE.allowedFrom(status)) {
            return false;
        }
        status = LEFT;
        finishedAt = now;
        return true;
    }

    /** Its customer said on their phone that they are on the way; false unless it is called (said once is enough). */
    public boolean onTheWay(Instant now) {
        if (status != CALLED) {
            return false;
        }
        onTheWayAt = onTheWayAt == null ? now : onTheWayAt;
        return true;
    }

    /** Its customer recognised at the desk: the ticket joins their visit. */
    public void recognise(UUID visit) {
        if (visitId != null) {
            throw new Refusal(ProblemCode.TICKET_RECOGNISED, "This ticket's customer is recognised already");
        }
        if (status == DONE || status == TicketStatus.NO_SHOW) {
            throw new Refusal(ProblemCode.ILLEGAL_TRANSITION, "This ticket is " + words(status) + ": its customer can no longer be recognised on it");
        }
        visitId = Objects.requireNonNull(visit);
    }

    private void allow(Step step) {
        if (!step.allowedFrom(status)) {
            throw new Refusal(ProblemCode.ILLEGAL_TRANSITION, step == Step.CALL && status == CALLED
                    ? "Another adviser called this ticket a moment ago"
                    : "This ticket is " + words(status) + ": it cannot be " + step.words);
        }
    }

    private void allow(Step step, Actor actor) {
        allow(step);
        if (holder != null && !holder.username().equals(actor.username()) && !actor.manager()) {
            throw new Refusal(ProblemCode.NOT_YOUR_TICKET, "Another adviser holds this ticket");
        }
    }

    /** A status as an adviser reads it: "This ticket is being served". */
    static String words(TicketStatus status) {
        return switch (status) {
            case WAITING -> "waiting";
            case CALLED -> "called";
            case SERVING -> "being served";
            case DONE -> "finished";
            case NO_SHOW -> "marked as a no-show";
            case LEFT -> "given up by its customer";
        };
    }

    public String id() {
        return id;
    }

    public String sphere() {
        return sphere;
    }

    public TicketStatus status() {
        return status;
    }

    public Holder holder() {
        return holder;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant onTheWayAt() {
        return onTheWayAt;
    }

    public int recalls() {
        return recalls;
    }

    public TicketOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public UUID visitId() {
        return visitId;
    }

    /** Who acts on a ticket; a manager may act on any. */
    public record Actor(String username, boolean manager) {
    }
}
