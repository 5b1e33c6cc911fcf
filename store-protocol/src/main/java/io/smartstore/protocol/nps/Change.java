package io.smartstore.protocol.nps;

import java.util.OptionalDouble;

/**
 * "Is a change real?" (scoring.md): two independent figures differ for real only when
 * |NPS₁ − NPS₂| > 100 · 1.96 · √(SE₁² + SE₂²).
 *
 * @param nps         the figure now (empty without answers)
 * @param previousNps the figure it is compared with (empty without answers)
 * @param significant true only when both exist and the difference is beyond the noise
 */
public record Change(OptionalDouble nps, OptionalDouble previousNps, boolean significant) {

    /** Two tallies of answers. */
    public static Change between(NpsTally now, NpsTally before) {
        return between(now.nps(), now.marginOfError95(), before.nps(), before.marginOfError95());
    }

    /**
     * Two figures known by their NPS and 95% margin (a weighted NPS, say): the same test, since
     * a margin is 100 · 1.96 · SE, written |NPS₁ − NPS₂| > √(MoE₁² + MoE₂²).
     */
    public static Change between(OptionalDouble nps, OptionalDouble margin95, OptionalDouble previousNps, OptionalDouble previousMargin95) {
        if (nps.isEmpty() || margin95.isEmpty() || previousNps.isEmpty() || previousMargin95.isEmpty()) {
            return new Change(nps, previousNps, false);
        }
        double difference = Math.abs(nps.getAsDouble() - previousNps.getAsDouble());
        double noise = Math.hypot(margin95.getAsDouble(), previousMargin95.getAsDouble());
        return new Change(nps, previousNps, difference > noise);
    }
}
