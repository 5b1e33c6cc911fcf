package io.smartstore.store.feedback;

import io.smartstore.support.push.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells every open day page once new answers are committed, so the manager sees them arrive. */
@Component
public class AnswersBroadcaster extends Broadcaster<FeedbackReceived> {

    @TransactionalEventListener(fallbackExecution = true)
    void received(FeedbackReceived received) {
        publish(received);
    }
}
