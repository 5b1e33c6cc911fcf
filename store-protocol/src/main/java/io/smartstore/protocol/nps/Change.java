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

    private static final double Z95 = 1.96;

    public static Change between(NpsTally now, NpsTally before) {
        if (now.isEmpty() || before.isEmpty()) {
            return new Change(now.nps(), before.nps(), false);
        }
        double difference = Math.abs(now.netShare() - before.netShare());
        double noise = Z95 * Math.sqrt(now.squaredStandardError() + before.squaredStandardError());
        return new Change(now.nps(), before.nps(), difference > noise);
    }
}
