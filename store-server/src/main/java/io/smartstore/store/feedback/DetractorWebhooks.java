package io.smartstore.store.feedback;

import io.smartstore.store.StoreSettings;
import io.smartstore.store.webhooks.StoreEvents;
import io.smartstore.support.webhooks.Webhooks;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A counted detractor's answer tells the subscribers of {@code answer.detractor}, in the answer's transaction. */
@Component
class DetractorWebhooks {

    private final Webhooks webhooks;
    private final String storeId;

    DetractorWebhooks(Webhooks webhooks, StoreSettings settings) {
        this.webhooks = webhooks;
        this.storeId = settings.store().id();
    }

    @EventListener
    @Order(1) // before the call back it may open: a subscriber hears of the answer first
    void answered(AnswerStored answer) {
        if (answer.countedDetractor()) {
            webhooks.publish(StoreEvents.ANSWER_DETRACTOR, storeId, new DetractorAnswered(answer.id(), answer.answeredAt(), answer.score(),
                    answer.reasons(), answer.comment(), answer.language(), answer.channel(), answer.kioskId(), answer.sphere(),
                    answer.ticket(), answer.consent(), answer.customerRef()));
        }
    }
}
