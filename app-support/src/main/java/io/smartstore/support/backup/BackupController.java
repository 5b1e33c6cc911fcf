package io.smartstore.support.backup;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.smartstore.protocol.wire.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code POST /api/v1/admin/backup} (admin): an online backup of the running database, as a zip. */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
public class BackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final DatabaseBackups backups;
    private final Clock clock;
    private final Path work;

    public BackupController(DatabaseBackups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
        this.work = Path.of(System.getProperty("java.io.tmpdir"), "smartstore-backups");
    }

    @Operation(summary = "Back up the running database", description = "An online backup as a zip, streamed as it is written.")
    @Refuses({ProblemCode.BACKUP_ELSEWHERE})
    @PostMapping(value = "/api/v1/admin/backup", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> backup() {
        Path zip = backups.take(work);
        StreamingResponseBody body = out -> {
            try {
                Files.copy(zip, out);
            } finally {
                Files.deleteIfExists(zip);
            }
        };
        try {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).contentLength(Files.size(zip))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("backup-" + STAMP.format(clock.instant()) + ".zip").build().toString())
                    .body(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
