package io.smartstore.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher as a newcomer meets it: {@code ./smartstore help} lists every command with one line; an unknown
 * command or bench name is refused (exit 2) with the list of known ones, before anything is built.
 */
class LauncherTest {

    private static final Path ROOT = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize();
    private static final List<String> COMMANDS = List.of("demo", "test", "build", "bench", "chaos", "load", "backup", "restore", "help");
    private static final List<String> BENCHES = List.of("micro", "kiosk", "queue", "day", "drain", "power-cut", "waits", "camera",
            "startup", "central");

    record Run(int exit, String out, String err) {
    }

    @Test
    void helpListsEveryCommandWithOneLine() throws Exception {
        Run help = run("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out().lines().skip(1).map(line -> line.strip().split("\\s+")[0]).toList()).containsExactlyElementsOf(COMMANDS);
        assertThat(help.out().lines().skip(1)).allSatisfy(line -> assertThat(line.strip().split("\\s{2,}")).hasSize(2));
    }

    @Test
    void anUnknownCommandIsRefusedWithTheKnownOnes() throws Exception {
        Run unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("smartstore: unknown command 'frobnicate'");
        assertThat(unknown.err()).contains(COMMANDS.stream().map(command -> "  " + command + " ").toArray(String[]::new));
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void anUnknownBenchIsRefusedWithTheKnownOnesBeforeAnythingIsBuilt() throws Exception {
        Run themes = run("bench", "themes");
        assertThat(themes.exit()).isEqualTo(2);
        assertThat(themes.err()).startsWith("smartstore: no bench named 'themes'");
        assertThat(themes.err().lines().skip(2).map(line -> line.strip().split("\\s+")[0]).toList()).containsExactlyElementsOf(BENCHES);
        assertThat(themes.out()).as("no build, no JMH run").isEmpty();

        Run list = run("bench", "help");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().skip(1).map(line -> line.strip().split("\\s+")[0]).toList()).containsExactlyElementsOf(BENCHES);
    }

    private static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("smartstore").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
