package io.smartstore.support.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference of an app, written from the metadata its build makes (Spring Boot's configuration
 * processor over every {@code @ConfigurationProperties} record, their Javadoc's {@code @param} lines the descriptions,
 * and each module's additional metadata for the keys read otherwise): every {@code smartstore.*} key with its type,
 * default and description. An app's test checks that {@code docs/configuration/<app>.md} is what its build says, and
 * that each key its {@code application.properties} sets is documented, so the reference cannot drift.
 */
public final class ConfigurationReference {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ConfigurationReference() {
    }

    /** One documented key. */
    record Key(String name, String type, String defaultValue, String description) {
    }

    public static void check(String app, String title) throws IOException {
        Map<String, Key> keys = documentedKeys();
        Properties own = ownProperties();
        List<String> undocumented = new ArrayList<>();
        for (String name : own.stringPropertyNames()) {
            if (name.startsWith("smartstore.") && !documented(keys, name)) {
                undocumented.add(name);
            }
        }
        Collections.sort(undocumented);
        assertThat(undocumented).as("keys %s's application.properties sets without a description", app).isEmpty();
        assertThat(keys.values()).as("every key has a description").allSatisfy(key ->
                assertThat(key.description()).as(key.name()).isNotBlank());

        String written = markdown(app, title, keys, own);
        Path current = Path.of("target/configuration/" + app + ".md");
        Files.createDirectories(current.getParent());
        Files.writeString(current, written);
        Path committed = CommittedFolder.root().resolve("docs/configuration/" + app + ".md");
        assertThat(Files.exists(committed) ? Files.readString(committed) : null)
                .as("docs/configuration/%s.md is the reference the build writes (a key changed? review it, then copy %s there)",
                        app, current.toAbsolutePath())
                .isEqualTo(written);
    }

    private static boolean documented(Map<String, Key> keys, String name) {
        // a map's entries (smartstore.spheres.HOME.label) are documented by the map's key (smartstore.spheres)
        return keys.keySet().stream().anyMatch(key -> name.equals(key) || name.startsWith(key + "."));
    }

    private static Map<String, Key> documentedKeys() throws IOException {
        Map<String, Key> keys = new TreeMap<>();
        for (URL metadata : Collections.list(ConfigurationReference.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : JSON.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (name.startsWith("smartstore.")) {
                        keys.merge(name, new Key(name, simple(property.path("type").asString()), value(property.path("defaultValue")),
                                words(property.path("description").asString(""))), ConfigurationReference::richer);
                    }
                }
            }
        }
        return keys;
    }

    /** A Javadoc description as Markdown: {@code x} in backticks, {@link X} as its name, on one line. */
    private static String words(String javadoc) {
        return javadoc.replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("\\{@link ([^}]*)}", "$1").replaceAll("\\s+", " ").strip();
    }

    /** The same key documented by two modules (an app and app-support): the one that says more. */
    private static Key richer(Key a, Key b) {
        return b.description().length() > a.description().length() ? b : a;
    }

    private static Properties ownProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConfigurationReference.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static String markdown(String app, String title, Map<String, Key> keys, Properties own) {
        StringBuilder out = new StringBuilder("# Configuration: ").append(title).append("\n\n")
                .append("Every `smartstore.*` key ").append(app).append(" reads, with its type, default and meaning: written by the build\n")
                .append("from the apps' `@ConfigurationProperties` records (`ConfigurationReferenceTest` checks this file). Set them\n")
                .append("as Spring properties or environment variables (`smartstore.store.id` is `SMARTSTORE_STORE_ID`); secrets from\n")
                .append("files (`--spring.config.import=configtree:/run/secrets/`). A default in brackets is the one the app's own\n")
                .append("`application.properties` sets.\n\n")
                .append("| key | type | default | what it is |\n|---|---|---|---|\n");
        for (Key key : keys.values()) {
            String fallback = own.getProperty(key.name());
            String shown = !key.defaultValue().isEmpty() ? "`" + key.defaultValue() + "`" : fallback != null && !fallback.isBlank() ? "[`" + fallback + "`]" : "";
            out.append("| `").append(key.name()).append("` | ").append(key.type()).append(" | ").append(shown.replace("|", "\\|"))
                    .append(" | ").append(key.description().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static String simple(String type) {
        return type.replaceAll("[a-z][a-z0-9_]*\\.", "").replace('$', '.').replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String value(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(",", items);
        }
        return value.asString();
    }
}
