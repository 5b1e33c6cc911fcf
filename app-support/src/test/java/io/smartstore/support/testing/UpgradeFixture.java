package io.smartstore.support.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A database written by an earlier release, kept in the tests ({@code src/test/resources/upgrade/<release>/}):
 * its H2 script (schema, data and Flyway's history, gzipped) and the figures that release answered from it
 * ({@code <name>.json}, each the body of one GET, its query in {@code queries.properties}). An upgrade test
 * loads the script into a fresh H2 file, starts today's app on it (Flyway migrates), asks the same questions
 * and compares: every field the old release answered must come back the same (new fields may be added). Its
 * clients' recorded requests ({@link #requests}) are sent again to today's app, which must take them as that release did.
 */
public final class UpgradeFixture {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final String release;
    private final String resourceDirectory;

    public UpgradeFixture(String release) {
        this.release = release;
        this.resourceDirectory = "/upgrade/" + release + "/";
    }

    /** Loads {@code script} (gzipped) into a new H2 file under {@code directory}; returns the JDBC URL an app opens it with. */
    public String database(String script, Path directory) {
        try {
            Files.createDirectories(directory);
            Path sql = directory.resolve(script);
            try (InputStream in = resource(script)) {
                Files.copy(in, sql);
            }
            String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("db");
            try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + sql.toAbsolutePath() + "' COMPRESSION GZIP");
            }
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the fixture " + release + "/" + script, e);
        }
    }

    /** Each recorded question: the file's name (without {@code .json}) and the path and query it was asked with. */
    public Map<String, String> queries() {
        try (InputStream in = resource("queries.properties")) {
            java.util.Properties queries = new java.util.Properties();
            queries.load(in);
            Map<String, String> sorted = new java.util.TreeMap<>();
            queries.stringPropertyNames().forEach(name -> sorted.put(name, queries.getProperty(name)));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode answer(String name) {
        try (InputStream in = resource(name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a client of the release sent (a kiosk to its store, a store to central), recorded between them
     * ({@code <name>.ndjson}: method, path, content type, body, and the status the release answered).
     */
    public List<RecordedRequest> requests(String name) {
        try (InputStream in = resource(name + ".ndjson")) {
            List<RecordedRequest> requests = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    requests.add(new RecordedRequest(row.path("method").asString(), row.path("path").asString(),
                            row.path("contentType").asString(null), row.path("body").asString(null), row.path("status").asInt()));
                }
            }
            return requests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request a client of the release sent, and the status it got. */
    public record RecordedRequest(String method, String path, String contentType, String body, int status) {
    }

    /** Where {@code now} differs from what the old release answered: each field it answered, at its path. Empty: the same figures. */
    public static List<String> differences(JsonNode then, JsonNode now) {
        List<String> differences = new ArrayList<>();
        compare("$", then, now, differences);
        return differences;
    }

    private static void compare(String path, JsonNode then, JsonNode now, List<String> differences) {
        if (now == null || now.isMissingNode()) {
            differences.add(path + " is gone (was " + then + ")");
        } else if (then.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = then.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), now.get(field.getKey()), differences);
            }
        } else if (then.isArray()) {
            if (!now.isArray() || now.size() != then.size()) {
                differences.add(path + " had " + then.size() + " items, now " + (now.isArray() ? now.size() : now));
                return;
            }
            for (int i = 0; i < then.size(); i++) {
                compare(path + "[" + i + "]", then.get(i), now.get(i), differences);
            }
        } else if (!then.equals(now)) {
            differences.add(path + " was " + then + ", now " + now);
        }
    }

    private InputStream resource(String name) throws IOException {
        InputStream in = UpgradeFixture.class.getResourceAsStream(resourceDirectory + name);
        if (in == null) {
            throw new IOException("no fixture " + resourceDirectory + name + " on the test class path");
        }
        return in;
    }
}
