package io.smartstore.store.feedback;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The misuse rule of scoring.md ({@code smartstore.misuse.*}): an unrecognised answer at a
 * kiosk within {@code window} of that kiosk's previous answer, or beyond {@code maxPerMinute}
 * answers in the minute before it, is kept and listed but not counted.
 *
 * @param window an unrecognised answer this soon after the kiosk's previous one is not counted
 * @param maxPerMinute beyond this many answers in a kiosk's minute, an unrecognised answer is not counted
 */
@Validated
@ConfigurationProperties("smartstore.misuse")
public record MisuseSettings(@NotNull @DefaultValue("10s") Duration window, @Min(1) @DefaultValue("6") int maxPerMinute) {
}
