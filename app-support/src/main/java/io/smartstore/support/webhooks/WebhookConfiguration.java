package io.smartstore.support.webhooks;

import io.smartstore.support.audit.AuditTrail;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Webhooks for an app whose migrations have the {@code WEBHOOK_*} tables and that declares its {@link WebhookEvents}.
 * Under {@code prod} only {@code https://} targets are taken.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
public class WebhookConfiguration {

    @Bean
    Webhooks webhooks(JdbcClient jdbc, JsonMapper json, Clock clock, WebhookEvents events, Environment environment, AuditTrail audit) {
        return new Webhooks(new WebhookSubscriptions(jdbc), json, clock, events, environment.acceptsProfiles(Profiles.of("prod")), audit);
    }

    @Bean
    WebhookOutbox webhookOutbox(JdbcClient jdbc, Clock clock) {
        return new WebhookOutbox(jdbc, clock);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookOutbox outbox, WebhookSettings settings, Clock clock) {
        return new WebhookDispatcher(outbox, settings, clock);
    }

    @Bean
    WebhooksController webhooksController(Webhooks webhooks) {
        return new WebhooksController(webhooks);
    }
}
