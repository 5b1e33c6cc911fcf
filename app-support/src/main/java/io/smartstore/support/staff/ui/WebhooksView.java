package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.support.webhooks.Webhook;
import io.smartstore.support.webhooks.WebhookDelivery;
import io.smartstore.support.webhooks.Webhooks;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Objects;

/**
 * The webhooks for admins: each subscription (its address, events, paused or not) with pause and resume, and its
 * delivery log — what was acknowledged, what waits and why, what was set aside. Subscribing is done through the API,
 * where the secret is shown once (docs/integration.md).
 */
@Route("webhooks")
@PageTitle("Webhooks")
@Menu(title = "Webhooks", order = 21, icon = "vaadin:connect")
@RolesAllowed("ADMIN")
public class WebhooksView extends Main {

    static final int LOG_LINES = 50;
    private final Webhooks webhooks;
    private final StaffTable subscriptions = new StaffTable("webhooks", "Subscriptions", "Address", "Events", "State", "");
    private final H2 logTitle = new H2();
    private final StaffTable log = new StaffTable("webhook-deliveries", "Deliveries, the newest first",
            "Event", "Type", "Happened (UTC)", "State", "Attempts", "Last outcome");
    private final Paragraph none = new Paragraph("No subscription yet: POST /api/v1/webhooks subscribes an address (docs/integration.md).");

    public WebhooksView(Webhooks webhooks) {
        this.webhooks = webhooks;
        none.setId("webhooks-none");
        logTitle.setId("webhook-log-title");
        add(new H1("Webhooks"), none, subscriptions, logTitle, log);
        show(null);
    }

    private void show(Webhook chosen) {
        List<Webhook> all = webhooks.all();
        none.setVisible(all.isEmpty());
        subscriptions.setVisible(!all.isEmpty());
        subscriptions.clear();
        for (Webhook webhook : all) {
            Button deliveries = new Button("Deliveries", click -> show(webhook));
            deliveries.setId("deliveries-" + webhook.id());
            Button pause = new Button(webhook.paused() ? "Resume" : "Pause", click -> {
                webhooks.pause(webhook.id(), !webhook.paused());
                show(chosen);
            });
            pause.setId("pause-" + webhook.id());
            subscriptions.row(webhook.url(), String.join(", ", webhook.events()), webhook.paused() ? "paused (events kept)" : "active",
                    new com.vaadin.flow.component.Component[]{deliveries, pause});
        }
        Webhook shown = chosen == null ? null : all.stream().filter(webhook -> webhook.id().equals(chosen.id())).findFirst().orElse(null);
        logTitle.setVisible(shown != null);
        log.setVisible(shown != null);
        log.clear();
        if (shown != null) {
            logTitle.setText("Deliveries to " + shown.url());
            for (WebhookDelivery delivery : webhooks.deliveries(shown.id(), LOG_LINES)) {
                log.row(delivery.eventId().toString(), delivery.type(), Objects.toString(delivery.occurredAt(), ""), delivery.state(),
                        String.valueOf(delivery.attempts()), Objects.toString(delivery.lastOutcome(), ""));
            }
        }
    }
}
