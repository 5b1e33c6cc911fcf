package io.smartstore.store.followups;

import io.smartstore.support.push.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open floor view, once the answer is committed, that a detractor is still in the shop. */
@Component
public class InTheShopBroadcaster extends Broadcaster<DetractorInTheShop> {

    @TransactionalEventListener(fallbackExecution = true)
    void answered(DetractorInTheShop detractor) {
        publish(detractor);
    }
}
