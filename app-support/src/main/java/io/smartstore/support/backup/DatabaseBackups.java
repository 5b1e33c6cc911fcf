package io.smartstore.support.backup;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes an online backup of the app's H2 database while it runs (H2's {@code BACKUP TO}: a consistent zip of the
 * file), and knows when the app runs on a restored copy: the backup carries a mark written just before it was
 * taken and removed just after, so a database that starts with a mark came from a backup. For
 * {@value #RESYNC_DAYS} days after such a start, receipts say when that backup was taken and the clients send
 * again what they had acknowledged since. On PostgreSQL, {@code pg_dump} backs up (see {@code ./smartstore backup}).
 */
public class DatabaseBackups {

    static final int RESYNC_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private final BackupTables tables;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile Optional<Restore> restore = Optional.empty();

    public DatabaseBackups(BackupTables tables, DataSource dataSource, Clock clock) {
        this.tables = tables;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes a backup of the running database to a new zip file in {@code directory}; only on H2. */
    public synchronized Path take(Path directory) {
        if (!url().startsWith("jdbc:h2:")) {
            throw new Refusal(ProblemCode.BACKUP_ELSEWHERE, "This database is backed up with pg_dump: ./smartstore backup runs it");
        }
        UUID mark = UUID.randomUUID();
        try {
            Files.createDirectories(directory);
            Path zip = directory.resolve("backup-" + mark + ".zip");
            tables.mark(mark, clock.instant());
            try {
                tables.backupTo(zip);
            } finally {
                tables.unmark(mark);
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At start: a database with a backup's mark is a restored copy; remembered, with when its backup was taken. */
    public void detectRestore() {
        Optional<Instant> taken = tables.lastMark();
        if (taken.isPresent()) {
            tables.restored(new Restore(taken.get(), clock.instant()));
            tables.clearMarks();
            log.warn("this database was restored from a backup taken at {}: clients send again what they sent since", taken.get());
        }
        restore = tables.lastRestore();
    }

    /** When the backup this database was restored from was taken, for {@value #RESYNC_DAYS} days after the restore. */
    public Optional<Instant> restoredFrom() {
        return restore.filter(last -> Duration.between(last.restoredAt(), clock.instant()).toDays() < RESYNC_DAYS).map(Restore::from);
    }

    private String url() {
        return io.smartstore.support.jdbc.DatabaseUrl.of(dataSource);
    }

    record Restore(Instant from, Instant restoredAt) {
    }
}
