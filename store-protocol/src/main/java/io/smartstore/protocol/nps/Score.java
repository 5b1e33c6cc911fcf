package io.smartstore.protocol.nps;

/**
 * The answer to "how likely are you to recommend us", 0 to 10, and its band (scoring.md): 0–6 a detractor, 7–8 a
 * passive, 9–10 a promoter. The one place those limits are written.
 */
public final class Score {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** The highest score of a detractor. */
    public static final int DETRACTOR_MAX = 6;
    /** The lowest score of a promoter. */
    public static final int PROMOTER_MIN = 9;
    /**
     * Below this many answers a figure is indicative: shown, marked so, never ranked (its margin of error is wider than
     * the differences people read into it).
     */
    public static final int INDICATIVE_BELOW = 30;

    /** The three kinds of answer NPS counts. */
    public enum Band {
        DETRACTOR, PASSIVE, PROMOTER
    }

    private Score() {
    }

    public static boolean isValid(int score) {
        return score >= MIN && score <= MAX;
    }

    public static Band band(int score) {
        if (!isValid(score)) {
            throw new IllegalArgumentException("a score is from 0 to 10");
        }
        return score >= PROMOTER_MIN ? Band.PROMOTER : score > DETRACTOR_MAX ? Band.PASSIVE : Band.DETRACTOR;
    }

    public static NpsTally tallyOf(int score) {
        return switch (band(score)) {
            case PROMOTER -> new NpsTally(1, 0, 0);
            case PASSIVE -> new NpsTally(0, 1, 0);
            case DETRACTOR -> new NpsTally(0, 0, 1);
        };
    }

    /** Whether a figure from this many answers is only indicative. */
    public static boolean indicative(long answers) {
        return answers < INDICATIVE_BELOW;
    }
}
