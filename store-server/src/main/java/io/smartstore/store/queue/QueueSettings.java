package io.smartstore.store.queue;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The queue's first guess ({@code smartstore.queue.*}) before today's real pace is known: the
 * time one customer takes (6 min). The advisers on duty are those who said so on the floor.
 *
 * @param defaultServiceTime the time one customer takes at a desk, until today's own pace is known
 */
@Validated
@ConfigurationProperties("smartstore.queue")
record QueueSettings(@NotNull @DefaultValue("6m") Duration defaultServiceTime) {
}
