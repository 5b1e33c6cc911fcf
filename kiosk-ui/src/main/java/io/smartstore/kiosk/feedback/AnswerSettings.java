package io.smartstore.kiosk.feedback;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The kiosk's answers ({@code smartstore.kiosk.answers.*}): how long an answer whose score was
 * tapped waits for its reasons before it goes to the store as it is (10 minutes).
 */
@Validated
@ConfigurationProperties("smartstore.kiosk.answers")
public record AnswerSettings(@NotNull @DefaultValue("10m") Duration openHold) {

    public AnswerSettings {
        if (openHold.isNegative() || openHold.isZero()) {
            throw new IllegalArgumentException("smartstore.kiosk.answers.open-hold must be positive, was " + openHold);
        }
    }
}
