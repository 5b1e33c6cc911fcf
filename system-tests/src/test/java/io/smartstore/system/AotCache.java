package io.smartstore.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JDK's AOT cache of a packaged app (JEPs 483/514), made by its module's build
 * ({@code exec-maven-plugin}, executions {@code aot-extract} and {@code aot-train} in the parent
 * pom): the jar extracted to {@code target/aot-test/app} and a cache recorded by one training
 * start. A start from it loads and links its classes from the cache, in about half the time; the
 * chaos and end-to-end tests start the apps some twenty times. Without a cache newer than the jar
 * (a build that skipped it), the plain jar starts, only slower.
 */
final class AotCache {

    private AotCache() {
    }

    /** What follows the JVM's flags to start {@code module}: {@code -XX:AOTCache=… -jar extracted.jar}, or {@code -jar the.jar}. */
    static List<String> launcher(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        Path jar = target.resolve(module + ".jar");
        Path cache = target.resolve("aot-test").resolve("app.aot");
        Path extracted = target.resolve("aot-test").resolve("app").resolve(module + ".jar");
        try {
            if (Files.isRegularFile(cache) && Files.isRegularFile(extracted)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString());
            }
        } catch (IOException unreadable) {
            // the plain jar, below
        }
        return List.of("-jar", jar.toString());
    }
}
