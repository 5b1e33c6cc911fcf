package io.smartstore.support.audit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Period;

/** {@code smartstore.retention.audit}: how long the audit trail is kept (default 13 months). */
@Validated
@ConfigurationProperties("smartstore.retention")
public record AuditSettings(@NotNull @DefaultValue("13m") Period audit) {
}
