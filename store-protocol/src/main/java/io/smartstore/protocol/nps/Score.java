package io.smartstore.protocol.nps;

/** The answer to "how likely are you to recommend us", 0 to 10. */
public final class Score {

    public static final int MIN = 0;
    public static final int MAX = 10;

    private Score() {
    }

    public static boolean isValid(int score) {
        return score >= MIN && score <= MAX;
    }

    public static NpsTally tallyOf(int score) {
        if (!isValid(score)) {
            throw new IllegalArgumentException("a score is from 0 to 10");
        }
        if (score >= 9) {
            return new NpsTally(1, 0, 0);
        }
        return score >= 7 ? new NpsTally(0, 1, 0) : new NpsTally(0, 0, 1);
    }
}
