package io.smartstore.store.queue;

import io.smartstore.support.push.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open floor view and display once a change to the queue is committed. */
@Component
public class QueueBroadcaster extends Broadcaster<QueueChanged> {

    @TransactionalEventListener(fallbackExecution = true)
    void changed(QueueChanged change) {
        publish(change);
    }
}
