package io.smartstore.store.queue;

import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.TicketStatus;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/queue}: the floor as an adviser sees it — who waits, who is being served, how many advisers are on duty. */
public record Floor(List<Waiting> waiting, List<InService> inService, int advisersOnDuty) {

    /**
     * A waiting ticket: since when, what it was promised, when it should be called from now ({@code expected}, the
     * range its customer sees now), and the first name of a recognised customer.
     */
    public record Waiting(String ticket, String sphere, String topic, Instant since, QueueTicket.Wait promised, boolean recognised,
                          String firstName, QueueTicket.Wait expected) {

        Waiting withExpected(QueueTicket.Wait wait) {
            return new Waiting(ticket, sphere, topic, since, promised, recognised, firstName, wait);
        }

        /** Past the end of its promised range at {@code now}. */
        public boolean overdue(Instant now) {
            return promised != null && since.plusSeconds(60L * promised.maxMinutes()).isBefore(now);
        }
    }

    /** A ticket called or being served, by whom and where; {@code onTheWay} once its customer said so on their phone. */
    public record InService(String ticket, String sphere, TicketStatus status, String adviser, String adviserUsername, String desk,
                            Instant calledAt, boolean recognised, boolean onTheWay) {
    }
}
