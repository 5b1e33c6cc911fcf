package io.smartstore.support.webhooks;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code smartstore.webhooks.*}: how long a receiver has to answer ({@code timeout}, default 10 s), after how long an
 * event it never acknowledged is set aside ({@code give-up-after}, default 3 days: a weekend's outage loses nothing),
 * how often the outbox is looked at ({@code poll}, default 500 ms) and how long the delivery log is kept
 * ({@code keep-log}, default 30 days).
 *
 * @param timeout how long a webhook receiver has to answer a delivery
 * @param giveUpAfter after how long an event its receiver never acknowledged is set aside
 * @param poll how often the webhooks' outbox is looked at
 * @param keepLog how long the delivery log is kept
 */
@Validated
@ConfigurationProperties("smartstore.webhooks")
public record WebhookSettings(@NotNull @DefaultValue("10s") Duration timeout,
                              @NotNull @DefaultValue("3d") Duration giveUpAfter,
                              @NotNull @DefaultValue("500ms") Duration poll,
                              @NotNull @DefaultValue("30d") Duration keepLog) {
}
