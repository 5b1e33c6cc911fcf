package io.smartstore.store.queue;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The queue's first guesses ({@code smartstore.queue.*}), before today's real pace is known:
 * the advisers on duty (2) and the time one customer takes (6 min).
 */
@Validated
@ConfigurationProperties("smartstore.queue")
record QueueSettings(@Min(1) @DefaultValue("2") int advisersOnDuty, @NotNull @DefaultValue("6m") Duration defaultServiceTime) {
}
