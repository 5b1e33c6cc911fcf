package io.smartstore.support.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Debian's {@code promtool} (package {@code prometheus}), for checking what the apps expose and the alert rules. */
public final class Promtool {

    private Promtool() {
    }

    /** What {@code promtool check metrics} says of a scrape: empty when it has nothing to say. */
    public static String checkMetrics(String scrape) throws IOException, InterruptedException {
        Process promtool = new ProcessBuilder(path().toString(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = promtool.getOutputStream()) {
            in.write(scrape.getBytes(StandardCharsets.UTF_8));
        }
        String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = promtool.waitFor();
        return exit == 0 && said.isEmpty() ? "" : "exit " + exit + ": " + said;
    }

    /** Runs promtool with these arguments in {@code directory}; its exit code and what it printed. */
    public static Result run(Path directory, String... arguments) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of(path().toString()), Stream.of(arguments)).toArray(String[]::new);
        Process promtool = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(promtool.waitFor(), said);
    }

    public record Result(int exit, String output) {
    }

    private static Path path() {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "promtool is missing: install Debian's package prometheus (.ci/run does) to check the metrics and alert rules"));
    }
}
