package io.smartstore.store.queue;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's life (api.md): {@code WAITING → CALLED → SERVING → DONE}, or {@code CALLED →
 * NO_SHOW}, or {@code WAITING → LEFT} when the customer leaves the queue from their phone; a transfer puts it back to {@code WAITING} in another sphere, keeping its place in
 * time. Each step says from which states it may be taken; anything else is an illegal transition.
 */
public enum TicketState {
    WAITING("waiting"), CALLED("called"), SERVING("being served"), DONE("finished"), NO_SHOW("marked as a no-show"), LEFT("given up by its customer");

    private final String words;

    TicketState(String words) {
        this.words = words;
    }

    /** The state as an adviser reads it: "This ticket is being served". */
    public String words() {
        return words;
    }

    /** What an adviser can do to a ticket, and where it leaves it. */
    public enum Step {
        CALL(EnumSet.of(WAITING), CALLED, "called"),
        RECALL(EnumSet.of(CALLED), CALLED, "called again"),
        START(EnumSet.of(CALLED), SERVING, "started"),
        NO_SHOW(EnumSet.of(CALLED), TicketState.NO_SHOW, "marked as a no-show"),
        TRANSFER(EnumSet.of(WAITING, CALLED, SERVING), WAITING, "transferred"),
        // an adviser who served without pressing "start" may still finish: the service began at the call
        FINISH(EnumSet.of(CALLED, SERVING), DONE, "finished");

        private final Set<TicketState> from;
        private final TicketState to;
        private final String words;

        Step(Set<TicketState> from, TicketState to, String words) {
            this.from = from;
            this.to = to;
            this.words = words;
        }

        /** What the step does, as an adviser reads it: "it cannot be finished". */
        public String words() {
            return words;
        }

        public boolean allowedFrom(TicketState state) {
            return from.contains(state);
        }

        public TicketState to() {
            return to;
        }
    }

    /** The ticket is finished with: it neither waits nor is served. */
    public boolean closed() {
        return this == DONE || this == NO_SHOW || this == LEFT;
    }
}
