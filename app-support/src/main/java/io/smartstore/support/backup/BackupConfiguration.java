package io.smartstore.support.backup;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;

/** Online backups and restore detection, for an app whose migrations have {@code BACKUP_MARK} and {@code SERVER_RESTORE}. */
@Configuration(proxyBeanMethods = false)
public class BackupConfiguration {

    @Bean
    DatabaseBackups databaseBackups(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        return new DatabaseBackups(new BackupTables(jdbc), dataSource, clock);
    }

    @Bean
    BackupController backupController(DatabaseBackups backups, Clock clock) {
        return new BackupController(backups, clock);
    }

    @Bean
    ApplicationRunner restoreDetection(DatabaseBackups backups) {
        return arguments -> backups.detectRestore();
    }
}
