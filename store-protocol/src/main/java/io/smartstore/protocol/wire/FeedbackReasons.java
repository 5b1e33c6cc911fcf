package io.smartstore.protocol.wire;

import io.smartstore.protocol.nps.Score;

import java.util.List;

/** What mattered, as chips: the reasons offered depend on the score band, the same at the kiosk and on the phone. */
public final class FeedbackReasons {

    public static final List<String> DETRACTOR = List.of("WAIT_TIME", "ADVICE", "PROBLEM_NOT_SOLVED", "PRODUCT", "PRICE", "WELCOME");
    public static final List<String> PASSIVE = List.of("WAIT_TIME", "ADVICE", "PRODUCT", "PRICE");
    public static final List<String> PROMOTER = List.of("FRIENDLY_STAFF", "QUICK_SERVICE", "GOOD_ADVICE", "PRODUCT", "SHOP");

    private FeedbackReasons() {
    }

    public static List<String> forScore(int score) {
        return switch (Score.band(score)) {
            case PROMOTER -> PROMOTER;
            case PASSIVE -> PASSIVE;
            case DETRACTOR -> DETRACTOR;
        };
    }

    /** The question above the chips, by band: {@code promoter}, {@code passive} or {@code detractor}. */
    public static String band(int score) {
        return Score.band(score).name().toLowerCase(java.util.Locale.ROOT);
    }
}
