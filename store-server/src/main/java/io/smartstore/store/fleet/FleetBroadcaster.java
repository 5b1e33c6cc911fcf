package io.smartstore.store.fleet;

import io.smartstore.support.push.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open Kiosks page once a heartbeat is committed. */
@Component
public class FleetBroadcaster extends Broadcaster<KioskHeard> {

    @TransactionalEventListener(fallbackExecution = true)
    void heard(KioskHeard heard) {
        publish(heard);
    }
}
