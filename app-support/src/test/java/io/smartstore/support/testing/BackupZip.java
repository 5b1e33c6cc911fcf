package io.smartstore.support.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An app's online backup (H2's zip), unpacked where an H2 URL finds it. */
public final class BackupZip {

    private BackupZip() {
    }

    /** Puts the zip's database file in {@code directory} as {@code name.mv.db}; returns the path an H2 URL names (without {@code .mv.db}). */
    public static Path unzipDatabase(byte[] zip, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(entries, directory.resolve(name + ".mv.db"));
                    return directory.toAbsolutePath().resolve(name);
                }
            }
        }
        throw new IOException("no database file in the backup");
    }
}
