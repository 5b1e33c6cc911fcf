package io.smartstore.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's AOT cache for a packaged app (JEPs 483/514), as {@code ./smartstore demo} uses it: the
 * jar extracted once per build (the cache needs a plain class path) and a cache recorded by one
 * training start that stops after the context refresh; every start after that loads and links
 * its classes from the cache, in about half the time (docs/benchmarks.md, "Start-up"). The chaos
 * and end-to-end tests start the apps some twenty times. A training that fails leaves the plain
 * jar: the tests then start as before, only slower.
 */
final class AotCache {

    private static final Map<String, List<String>> LAUNCHERS = new ConcurrentHashMap<>();

    private AotCache() {
    }

    /** What follows the JVM's flags to start {@code module}: {@code -XX:AOTCache=… -jar extracted.jar}, or {@code -jar the.jar}. */
    static List<String> launcher(Path root, String module, List<String> jvmFlags) {
        return LAUNCHERS.computeIfAbsent(module, app -> prepare(root, app, jvmFlags));
    }

    private static List<String> prepare(Path root, String module, List<String> jvmFlags) {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        Path dir = root.resolve(module).resolve("target").resolve("aot-test");
        Path app = dir.resolve("app"); // the extracted jar and its libraries (extract wants an empty folder)
        Path extracted = app.resolve(module + ".jar");
        Path cache = dir.resolve("app.aot");
        try {
            if (!Files.exists(cache) || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                deleteRecursively(dir);
                Files.createDirectories(dir);
                run(dir.resolve("extract.log"), List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
                List<String> training = new ArrayList<>(List.of(java()));
                training.addAll(jvmFlags);
                training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(),
                        "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("training-db") + ";WRITE_DELAY=0",
                        "--smartstore.bootstrap.admin-password=aot-training", "--smartstore.cards.hash-secret=aot-training-secret-0123456789"));
                run(dir.resolve("training.log"), training);
            }
            if (Files.exists(cache)) {
                return List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString());
            }
            System.out.println(module + ": no AOT cache (see " + dir + "), the plain jar starts");
        } catch (IOException | InterruptedException trainingFailed) {
            System.out.println(module + ": no AOT cache (" + trainingFailed.getMessage() + "), the plain jar starts");
        }
        return List.of("-jar", jar.toString());
    }

    private static void run(Path log, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command.subList(0, 3)) + " … did not finish in 3 minutes");
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
