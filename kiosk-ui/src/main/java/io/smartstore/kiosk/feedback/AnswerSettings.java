package io.smartstore.kiosk.feedback;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The kiosk's answers ({@code smartstore.kiosk.answers.*}): how long an answer whose score was
 * tapped waits for its reasons before it goes to the store as it is (10 minutes); how long an
 * answer the store acknowledged stays in the outbox (30 days, for a technician's questions),
 * and one the store refused as invalid (90 days: someone should look at it before).
 *
 * @param openHold how long an answer whose score was tapped waits for its reasons before it goes to the store as it is
 * @param keepSent how long an answer the store acknowledged stays in the kiosk's outbox (a day or more)
 * @param keepSetAside how long an answer the store refused as invalid stays in the outbox (a day or more)
 */
@Validated
@ConfigurationProperties("smartstore.kiosk.answers")
public record AnswerSettings(@NotNull @DefaultValue("10m") Duration openHold, @NotNull @DefaultValue("30d") Duration keepSent,
                             @NotNull @DefaultValue("90d") Duration keepSetAside) {

    public AnswerSettings {
        if (openHold.isNegative() || openHold.isZero()) {
            throw new IllegalArgumentException("smartstore.kiosk.answers.open-hold must be positive, was " + openHold);
        }
        if (keepSent.compareTo(Duration.ofDays(1)) < 0 || keepSetAside.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("smartstore.kiosk.answers.keep-sent and …keep-set-aside are a day or more");
        }
    }
}
