package io.smartstore.protocol.wire;

import java.util.EnumMap;
import java.util.Map;

/**
 * A day's way to recognising everyone: the sessions, those recognised at the kiosk and at the desk, those never
 * recognised ({@code never}), and these by the reason they were not ({@code misses}, every reason present, 0 when none).
 */
public record RecognitionFigures(long sessions, long atKiosk, long atDesk, long never, Map<RecognitionMiss, Long> misses) {

    public RecognitionFigures {
        EnumMap<RecognitionMiss, Long> all = new EnumMap<>(RecognitionMiss.class);
        for (RecognitionMiss miss : RecognitionMiss.values()) {
            all.put(miss, misses == null ? 0L : misses.getOrDefault(miss, 0L));
        }
        misses = java.util.Collections.unmodifiableMap(all);
    }

    public static RecognitionFigures none() {
        return new RecognitionFigures(0, 0, 0, 0, Map.of());
    }

    /** "At the kiosk 12, at the desk 3, never 5." */
    public String whereInWords() {
        return "At the kiosk %d, at the desk %d, never %d.".formatted(atKiosk, atDesk, never);
    }

    /** "Not recognised: bank card 2, unknown card 1." — the reasons counted, the most frequent first; empty without any. */
    public java.util.Optional<String> missesInWords() {
        String why = misses.entrySet().stream().filter(miss -> miss.getValue() > 0)
                .sorted(Map.Entry.<RecognitionMiss, Long>comparingByValue().reversed())
                .map(miss -> miss.getKey().inWords() + " " + miss.getValue()).collect(java.util.stream.Collectors.joining(", "));
        return why.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Not recognised: " + why + ".");
    }

    /** These figures and those, added (a country's stores, a period's days). */
    public RecognitionFigures plus(RecognitionFigures other) {
        EnumMap<RecognitionMiss, Long> sum = new EnumMap<>(misses);
        other.misses.forEach((miss, count) -> sum.merge(miss, count, Long::sum));
        return new RecognitionFigures(sessions + other.sessions, atKiosk + other.atKiosk, atDesk + other.atDesk, never + other.never, sum);
    }
}
