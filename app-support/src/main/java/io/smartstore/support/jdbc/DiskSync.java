package io.smartstore.support.jdbc;

import io.smartstore.support.metrics.AfterCommit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Puts what has been committed on the disk before it is acknowledged. H2 commits into the operating system's cache
 * and syncs only now and then, so a power cut loses the last commits (docs/decisions.md, "Power loss"); an answer a
 * kiosk or a store forgets once acknowledged must survive it. On an H2 file this runs {@code CHECKPOINT SYNC}
 * (H2 writes and forces its file); PostgreSQL syncs each commit itself, so there it does nothing. Callers that
 * arrive while a sync runs share the next one (a group commit): one fsync covers every commit made before it began.
 */
public class DiskSync {

    private final DataSource dataSource;
    private final boolean needed;
    private final AtomicLong committed = new AtomicLong();
    private long synced;

    public DiskSync(DataSource dataSource) {
        this.dataSource = dataSource;
        String url = DatabaseUrl.of(dataSource);
        this.needed = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * Inside a transaction: once it commits, and before its caller hears of it, puts it on the disk. Outside one:
     * puts what this thread has committed on the disk now.
     */
    public void afterCommit() {
        if (needed) {
            AfterCommit.run(this::sync);
        }
    }

    private void sync() {
        long mine = committed.incrementAndGet();
        synchronized (this) {
            if (synced >= mine) {
                return; // a sync that began after this commit already covered it
            }
            long covered = committed.get();
            // a connection of its own: the committed transaction's may still be bound to this thread
            try (Connection connection = dataSource.getConnection(); Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new IllegalStateException("could not put the last commits on the disk", e);
            }
            synced = covered;
        }
    }

}
