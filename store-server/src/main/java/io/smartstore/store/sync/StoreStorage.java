package io.smartstore.store.sync;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much room the store's data takes and has left: the database's size (H2: its file; PostgreSQL:
 * {@code pg_database_size}) and the free space of the disk under it (PostgreSQL: the app's working directory).
 */
@Component
class StoreStorage {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    StoreStorage(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Figures now() {
        String url = url();
        if (url.startsWith("jdbc:postgresql:")) {
            long size = jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
            return new Figures(size, free(Path.of(".")));
        }
        Path file = h2File(url);
        try {
            return new Figures(file != null && Files.exists(file) ? Files.size(file) : 0, free(file == null ? Path.of(".") : file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            return new Figures(0, free(Path.of(".")));
        }
    }

    /** {@code jdbc:h2:file:./data/store;WRITE_DELAY=0} → {@code ./data/store.mv.db}; in memory: none. */
    static Path h2File(String url) {
        String rest = url.replaceFirst("^jdbc:h2:", "");
        if (rest.startsWith("mem:")) {
            return null;
        }
        String path = rest.replaceFirst("^file:", "").split(";", 2)[0];
        return Path.of(path.replaceFirst("^~", System.getProperty("user.home")) + ".mv.db");
    }

    private String url() {
        return io.smartstore.support.jdbc.DatabaseUrl.of(dataSource);
    }

    private static long free(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    record Figures(long databaseBytes, long freeDiskBytes) {
    }
}
