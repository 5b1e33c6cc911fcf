package io.smartstore.support.backup;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Tables {@code BACKUP_MARK} and {@code SERVER_RESTORE}, and H2's {@code BACKUP TO}, for {@link DatabaseBackups}. Only SQL here. */
class BackupTables {

    private final JdbcClient jdbc;

    BackupTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void mark(UUID mark, Instant at) {
        jdbc.sql("INSERT INTO BACKUP_MARK (ID, TAKEN_AT) VALUES (?, ?)").params(mark, utc(at)).update();
    }

    void unmark(UUID mark) {
        jdbc.sql("DELETE FROM BACKUP_MARK WHERE ID = ?").param(mark).update();
    }

    void backupTo(Path zip) {
        jdbc.sql("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'").update();
    }

    /** When the last backup whose mark this database carries was taken. */
    Optional<Instant> lastMark() {
        return jdbc.sql("SELECT MAX(TAKEN_AT) FROM BACKUP_MARK").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional().map(OffsetDateTime::toInstant);
    }

    void clearMarks() {
        jdbc.sql("DELETE FROM BACKUP_MARK").update();
    }

    void restored(DatabaseBackups.Restore restore) {
        jdbc.sql("INSERT INTO SERVER_RESTORE (RESTORED_FROM, RESTORED_AT) VALUES (?, ?)").params(utc(restore.from()), utc(restore.restoredAt())).update();
    }

    Optional<DatabaseBackups.Restore> lastRestore() {
        return jdbc.sql("SELECT RESTORED_FROM, RESTORED_AT FROM SERVER_RESTORE ORDER BY RESTORED_AT DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new DatabaseBackups.Restore(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
