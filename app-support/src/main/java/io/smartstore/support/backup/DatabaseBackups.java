package io.smartstore.support.backup;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile Optional<Restore> restore = Optional.empty();

    public DatabaseBackups(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
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
            jdbc.sql("INSERT INTO BACKUP_MARK (ID, TAKEN_AT) VALUES (?, ?)").params(mark, utc(clock.instant())).update();
            try {
                jdbc.sql("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'").update();
            } finally {
                jdbc.sql("DELETE FROM BACKUP_MARK WHERE ID = ?").param(mark).update();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At start: a database with a backup's mark is a restored copy; remembered, with when its backup was taken. */
    public void detectRestore() {
        Optional<Instant> taken = jdbc.sql("SELECT MAX(TAKEN_AT) FROM BACKUP_MARK").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional().map(OffsetDateTime::toInstant);
        if (taken.isPresent()) {
            jdbc.sql("INSERT INTO SERVER_RESTORE (RESTORED_FROM, RESTORED_AT) VALUES (?, ?)").params(utc(taken.get()), utc(clock.instant())).update();
            jdbc.sql("DELETE FROM BACKUP_MARK").update();
            log.warn("this database was restored from a backup taken at {}: clients send again what they sent since", taken.get());
        }
        restore = jdbc.sql("SELECT RESTORED_FROM, RESTORED_AT FROM SERVER_RESTORE ORDER BY RESTORED_AT DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new Restore(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** When the backup this database was restored from was taken, for {@value #RESYNC_DAYS} days after the restore. */
    public Optional<Instant> restoredFrom() {
        return restore.filter(last -> Duration.between(last.restoredAt(), clock.instant()).toDays() < RESYNC_DAYS).map(Restore::from);
    }

    private String url() {
        return io.smartstore.support.jdbc.DatabaseUrl.of(dataSource);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Restore(Instant from, Instant restoredAt) {
    }
}
