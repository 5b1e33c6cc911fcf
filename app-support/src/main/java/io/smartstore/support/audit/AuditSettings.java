package io.smartstore.support.audit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Period;

/**
 * The audit trail's keeping ({@code smartstore.retention.audit}).
 *
 * @param audit how long the audit trail is kept (who changed or read what), such as {@code 13m} or {@code 400d}
 */
@Validated
@ConfigurationProperties("smartstore.retention")
public record AuditSettings(@NotNull @DefaultValue("13m") Period audit) {
}
