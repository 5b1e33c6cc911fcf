package io.smartstore.central.webhooks;

import io.smartstore.support.webhooks.WebhookEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The events central offers to subscribers. */
@Configuration(proxyBeanMethods = false)
public class CentralEvents {

    public static final String STORE_SILENT = "store.silent";
    public static final String SCORES_PUBLISHED = "scores.published";

    @Bean
    WebhookEvents centralWebhookEvents() {
        return new WebhookEvents(List.of(STORE_SILENT, SCORES_PUBLISHED));
    }
}
