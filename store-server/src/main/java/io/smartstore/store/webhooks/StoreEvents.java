package io.smartstore.store.webhooks;

import io.smartstore.support.webhooks.WebhookEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The events a store offers to subscribers. */
@Configuration(proxyBeanMethods = false)
public class StoreEvents {

    public static final String ANSWER_DETRACTOR = "answer.detractor";
    public static final String FOLLOW_UP_OPENED = "follow-up.opened";
    public static final String FOLLOW_UP_TAKEN = "follow-up.taken";
    public static final String FOLLOW_UP_CLOSED = "follow-up.closed";
    public static final String KIOSK_OFFLINE = "kiosk.offline";
    public static final String KIOSK_DEGRADED = "kiosk.degraded";

    @Bean
    WebhookEvents storeWebhookEvents() {
        return new WebhookEvents(List.of(ANSWER_DETRACTOR, FOLLOW_UP_OPENED, FOLLOW_UP_TAKEN, FOLLOW_UP_CLOSED, KIOSK_OFFLINE, KIOSK_DEGRADED));
    }
}
