package io.smartstore.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./smartstore chaos [kills] [seed]}: the chaos run at length (default 200 kills);
 * prints what it did and the exact accounting, and exits 1 when anything was lost or doubled.
 */
public final class ChaosBench {

    private ChaosBench() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("system-tests/target/chaos")).resolve("run-" + System.currentTimeMillis());
        System.out.println("Chaos: " + kills + " kills, seed " + seed + ", in " + work);
        ChaosRun.Report report = ChaosRun.run(root, work, kills, seed, System.out);
        System.out.println(report.summary());
        System.exit(report.clean() ? 0 : 1);
    }
}
