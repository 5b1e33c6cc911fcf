package io.smartstore.protocol.nps;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** scoring.md's "Is a change real?", on figures worked out by hand. */
class ChangeTest {

    @Test
    void aSmallMoveOnFewAnswersIsNoise() {
        // 30 (50/30/20 of 100) against 25 (10/5/5 of 20): 5 points, SE_diff ≈ 0.205 → threshold ≈ 40 points
        Change change = Change.between(new NpsTally(50, 30, 20), new NpsTally(10, 5, 5));
        assertThat(change.nps().getAsDouble()).isEqualTo(30.0);
        assertThat(change.previousNps().getAsDouble()).isEqualTo(25.0);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void aLargeMoveOnManyAnswersIsReal() {
        // 40 (600/200/200 of 1000) against 10 (400/300/300 of 1000): 30 points, SE_diff ≈ 0.038 → threshold ≈ 7.4 points
        assertThat(Change.between(new NpsTally(600, 200, 200), new NpsTally(400, 300, 300)).significant()).isTrue();
    }

    @Test
    void withoutAnswersOnEitherSideNothingIsSignificant() {
        assertThat(Change.between(NpsTally.EMPTY, new NpsTally(5, 0, 0)).significant()).isFalse();
        assertThat(Change.between(new NpsTally(5, 0, 0), NpsTally.EMPTY).previousNps()).isEmpty();
    }

    @Test
    void figuresKnownByTheirMarginsAreTestedTheSameWay() {
        // the tallies above as NPS ± margin: 30 ± 17.0 against 25 ± 36.8 is noise; 40 ± 5.2 against 10 ± 5.3 is real
        NpsTally few = new NpsTally(10, 5, 5);
        NpsTally many = new NpsTally(50, 30, 20);
        assertThat(Change.between(many.nps(), many.marginOfError95(), few.nps(), few.marginOfError95()).significant()).isFalse();
        NpsTally after = new NpsTally(600, 200, 200);
        NpsTally before = new NpsTally(400, 300, 300);
        assertThat(Change.between(after.nps(), after.marginOfError95(), before.nps(), before.marginOfError95()).significant()).isTrue();
        // a move just beyond √(3² + 4²) = 5 points is real, one just within is not
        var three = java.util.OptionalDouble.of(3);
        var four = java.util.OptionalDouble.of(4);
        assertThat(Change.between(java.util.OptionalDouble.of(45.1), three, java.util.OptionalDouble.of(40), four).significant()).isTrue();
        assertThat(Change.between(java.util.OptionalDouble.of(44.9), three, java.util.OptionalDouble.of(40), four).significant()).isFalse();
        assertThat(Change.between(java.util.OptionalDouble.of(90), java.util.OptionalDouble.empty(), java.util.OptionalDouble.of(0), four)
                .significant()).as("without a margin nothing is significant").isFalse();
    }
}
