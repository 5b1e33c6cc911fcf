package io.smartstore.support.testing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.HexFormat;

/**
 * Runs an app's Spring tests on PostgreSQL instead of their H2 file: when the test JVM has
 * {@code smartstore.test.postgres} (a server, {@code jdbc:postgresql://127.0.0.1:5433/}, as
 * {@code ./smartstore test} starts one), each test context gets a fresh database of its own
 * on that server and the app's {@code postgres} profile. Without it nothing changes.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor, org.springframework.core.Ordered {

    static final String SERVER = "smartstore.test.postgres";
    static final String USER = "smartstore";

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For a test that talks JDBC itself (a migration test): a new, empty database on the test
     * server, as a JDBC URL for user {@value #USER} without password; empty when the run is on H2 only.
     */
    public static java.util.Optional<String> newDatabase(String prefix) {
        String server = System.getProperty(SERVER, "");
        if (server.isBlank()) {
            return java.util.Optional.empty();
        }
        String database = prefix + "_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, "");
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return java.util.Optional.of(server + database);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE - 10; // after the configuration files (the test's H2 URL), before the postgres profile's check
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String server = System.getProperty(SERVER, "");
        String url = environment.getProperty("spring.datasource.url", "");
        if (server.isBlank() || !url.startsWith("jdbc:h2:")) {
            return;
        }
        // one database per H2 URL: a test that restarts an app on the same file gets the same database back
        String database = "t_" + HexFormat.of().formatHex(sha256(url)).substring(0, 40);
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, "");
             Statement create = admin.createStatement()) {
            if (!create.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", server + database, "spring.datasource.username", USER, "spring.datasource.password", "")));
        environment.addActiveProfile("postgres");
    }
}
