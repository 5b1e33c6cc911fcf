package io.smartstore.store.webhooks;

import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.fleet.KioskStateChange;
import io.smartstore.support.webhooks.Webhooks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A kiosk that goes OFFLINE or DEGRADED is told to subscribers as the change is recorded (in its transaction, when there is one). */
@Component
class KioskStateWebhooks {

    private final Webhooks webhooks;
    private final String storeId;

    KioskStateWebhooks(Webhooks webhooks, StoreSettings settings) {
        this.webhooks = webhooks;
        this.storeId = settings.store().id();
    }

    @EventListener
    void on(KioskStateChange change) {
        if (change.state() == FleetState.OFFLINE) {
            webhooks.publish(StoreEvents.KIOSK_OFFLINE, storeId, change);
        } else if (change.state() == FleetState.DEGRADED) {
            webhooks.publish(StoreEvents.KIOSK_DEGRADED, storeId, change);
        }
    }
}
