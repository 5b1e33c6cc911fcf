package io.smartstore.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What simulated customers did, from their kiosks' ledgers: each answer tapped (with its score),
 * each kept (committed at the kiosk: it must arrive, thank you or not) and each that reached "thank you".
 */
record Ledger(Map<UUID, Integer> tapped, List<UUID> kept, List<UUID> thanked) {

    static Ledger read(List<Path> files) throws IOException {
        Map<UUID, Integer> tapped = new HashMap<>();
        List<UUID> kept = new ArrayList<>();
        List<UUID> thanked = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ");
                if (parts[0].equals("tapped") && parts.length == 3) {
                    tapped.put(UUID.fromString(parts[1]), Integer.parseInt(parts[2]));
                } else if (parts[0].equals("kept") && parts.length == 2) {
                    kept.add(UUID.fromString(parts[1]));
                } else if (parts[0].equals("thanked") && parts.length == 2) {
                    thanked.add(UUID.fromString(parts[1]));
                }
            }
        }
        return new Ledger(tapped, kept, thanked);
    }

    /** How many answers reached "thank you" so far (the file is read whole). */
    static long thankedSoFar(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("thanked ")).count();
        }
    }
}
