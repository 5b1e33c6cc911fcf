package io.smartstore.support.webhooks;

import java.util.List;

/** The events an app offers to subscribers (api.md, "Webhooks"), declared by the app as a bean. */
public record WebhookEvents(List<String> types) {

    public WebhookEvents {
        types = List.copyOf(types);
    }
}
