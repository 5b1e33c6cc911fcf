package io.smartstore.support.relay;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * An outbox kept in a table of the app's database: what is sent, set aside and waiting is
 * the table's bookkeeping ({@link OutboxTable}); the app says only how to read its pending
 * records and what their id is. (No final methods: a subclass may be a Spring proxy.)
 */
public abstract class TableOutbox<T> implements Outbox<T> {

    protected final OutboxTable table;
    private final Function<T, UUID> id;

    protected TableOutbox(OutboxTable table, Function<T, UUID> id) {
        this.table = table;
        this.id = id;
    }

    @Override
    public UUID idOf(T record) {
        return id.apply(record);
    }

    @Override
    public void markSent(List<UUID> ids) {
        table.markSent(ids);
    }

    @Override
    public void setAside(UUID id, String reason) {
        table.setAside(id, reason);
    }

    /** How many records wait, and how long the oldest has waited. */
    @Override
    public int resendAcknowledgedSince(java.time.Instant since) {
        return table.resendAcknowledgedSince(since);
    }

    @Override
    public Backlog backlog() {
        return table.backlog();
    }
}
