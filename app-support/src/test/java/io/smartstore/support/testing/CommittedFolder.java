package io.smartstore.support.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Documentation the build writes, held against the copy committed under {@code docs/}: it cannot drift unseen. */
public final class CommittedFolder {

    private CommittedFolder() {
    }

    /** The project's root, from a module's folder (where the tests run) or the root itself. */
    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("smartstore")) ? here : here.getParent();
    }

    /**
     * Every file of {@code written} is in {@code committed} with the same lines, and nothing else is there. The lines'
     * order is not compared: a generator that lists what it found in the order the file system gave it (Spring
     * Modulith's diagrams) writes the same content in another order on another machine.
     */
    public static void assertSame(Path written, Path committed) throws IOException {
        assertThat(files(committed)).as("%s is what the build writes (the code changed? review %s, then copy it there)",
                root().relativize(committed), written.toAbsolutePath()).isEqualTo(files(written));
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), String.join("\n", Files.readString(file).lines().sorted().toList()));
            }
        }
        return files;
    }
}
