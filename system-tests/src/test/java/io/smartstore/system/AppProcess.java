package io.smartstore.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of the three packaged apps, started as its own JVM on loopback, as an operator would run it. */
final class AppProcess implements AutoCloseable {

    final String name;
    final int port;
    final Path log;
    private final List<String> command;
    private Process process;

    private AppProcess(String name, int port, Path log, List<String> command) throws IOException {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = new ArrayList<>(command);
        this.process = launch();
    }

    private Process launch() throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Starts the app again on the same port and database, as after a crash or a maintenance window. */
    AppProcess restart() throws IOException {
        process = launch();
        return this;
    }

    static AppProcess start(Path root, String module, Path logs, List<String> properties) throws IOException {
        return start(root, module, module, logs, properties);
    }

    /** As {@link #start(Path, String, Path, List)}, under a name of its own (its log), for several processes of one app. */
    static AppProcess start(Path root, String module, String name, Path logs, List<String> properties) throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the system tests through `./smartstore test` (mvn verify)");
        }
        int port = LoopbackPorts.next();
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        List<String> flags = List.of("--enable-native-access=ALL-UNNAMED", "-Dfazecast.jSerialComm.appid=smartstore-e2e-" + module,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-XX:MetaspaceSize=128m");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(AotCache.launcher(root, module));
        command.add("--server.port=" + port);
        properties.forEach(property -> command.add("--" + property));
        Files.deleteIfExists(log);
        return new AppProcess(name, port, log, command);
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sets a property for the next start ({@code key=value}), or removes it ({@code key=}). */
    void property(String keyAndValue) {
        String key = keyAndValue.substring(0, keyAndValue.indexOf('=') + 1);
        command.removeIf(argument -> argument.startsWith("--" + key));
        if (!keyAndValue.endsWith("=")) {
            command.add("--" + keyAndValue);
        }
    }

    /** {@code https://} when the app serves TLS (an SSL bundle among its properties). */
    String url() {
        boolean tls = command.stream().anyMatch(argument -> argument.startsWith("--server.ssl.bundle="));
        return (tls ? "https" : "http") + "://localhost:" + port;
    }

    /** Waits until {@code /actuator/health} says UP; fails with the app's log when the process dies. */
    AppProcess awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(SystemTls.trusting()).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().endsWith("\"status\":\"UP\"}")) { // the overall status comes last
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(15), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
