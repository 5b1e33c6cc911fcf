package io.smartstore.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jars an operator deploys hold none of the demo's configuration: no application-demo
 * file, and none of its keys, tokens or passwords in the project's own classes and resources
 * (the apps' and the project's modules inside them).
 */
class ProductionJarsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> APPS = List.of("store-server", "central-scoring", "kiosk-ui");
    private static final List<String> SECRET_WORDS = List.of("password", "token", "secret", "private-key", "public-keys", "service-pin");

    @Test
    void noJarHoldsTheDemosConfigurationOrAnyOfItsSecrets() throws IOException {
        List<String> secrets = demoSecrets();
        assertThat(secrets).hasSizeGreaterThan(8);
        for (String app : APPS) {
            List<String> found = new ArrayList<>();
            try (ZipFile jar = new ZipFile(ROOT.resolve(app).resolve("target").resolve(app + ".jar").toFile())) {
                for (ZipEntry entry : jar.stream().toList()) {
                    if (entry.getName().endsWith("application-demo.properties")) {
                        found.add(entry.getName());
                    } else if (entry.getName().startsWith("BOOT-INF/classes/")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            found.addAll(secretsIn(entry.getName(), in.readAllBytes(), secrets));
                        }
                    } else if (ours(entry.getName())) {
                        found.addAll(secretsInJar(entry.getName(), jar.getInputStream(entry), secrets));
                    }
                }
            }
            assertThat(found).as(app + ".jar").isEmpty();
        }
    }

    /** The project's own modules nested in an app's jar. */
    private static boolean ours(String name) {
        return name.startsWith("BOOT-INF/lib/") && List.of("app-support", "store-protocol", "device-drivers").stream()
                .anyMatch(module -> name.startsWith("BOOT-INF/lib/" + module + "-"));
    }

    private static List<String> secretsInJar(String name, InputStream nested, List<String> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(nested)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith("application-demo.properties")) {
                    found.add(name + "!" + entry.getName());
                }
                found.addAll(secretsIn(name + "!" + entry.getName(), entries.readAllBytes(), secrets));
            }
        }
        return found;
    }

    private static List<String> secretsIn(String name, byte[] content, List<String> secrets) {
        String text = new String(content, StandardCharsets.ISO_8859_1); // class files hold their strings in (modified) UTF-8
        return secrets.stream().filter(secret -> text.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
                .map(secret -> name + " holds a demo secret").toList();
    }

    private static List<String> demoSecrets() throws IOException {
        List<String> secrets = new ArrayList<>();
        for (String app : APPS) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(ROOT.resolve("demo").resolve(app).resolve("application-demo.properties"))) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                if (SECRET_WORDS.stream().anyMatch(key::contains)) {
                    for (String part : properties.getProperty(key).split(",")) {
                        secrets.add(part.strip());
                    }
                }
            }
        }
        return secrets;
    }
}
