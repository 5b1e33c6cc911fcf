package io.smartstore.protocol.wire;

/**
 * Where a ticket stands (api.md): {@code WAITING → CALLED → SERVING → DONE}, or {@code CALLED → NO_SHOW}, or
 * {@code WAITING → LEFT} when its customer leaves the queue from their phone. The names are the wire's and the
 * database's; the store's {@code Ticket} holds the rules that move a ticket from one to the next.
 */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, LEFT;

    /** The ticket is finished with: it neither waits nor is served. */
    public boolean closed() {
        return this == DONE || this == NO_SHOW || this == LEFT;
    }

    /** Called or being served: an adviser holds it. */
    public boolean inService() {
        return this == CALLED || this == SERVING;
    }
}
