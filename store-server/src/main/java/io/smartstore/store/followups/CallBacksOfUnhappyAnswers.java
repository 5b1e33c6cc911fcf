package io.smartstore.store.followups;

import io.smartstore.store.feedback.AnswerStored;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A counted detractor who wrote something or agreed to be called opens a call back, in the answer's transaction;
 * one still in the shop is pushed to the floor ({@link FollowUps#open}).
 */
@Component
class CallBacksOfUnhappyAnswers {

    private final FollowUps followUps;

    CallBacksOfUnhappyAnswers(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    @Order(2) // after the answer's own webhook
    void answered(AnswerStored answer) {
        if (!answer.flagged() && FollowUps.opens(answer.score(), answer.comment(), answer.consent())) {
            followUps.open(answer.id(), answer.answeredAt(), answer.localDate(), answer.score(), answer.comment(), answer.customerRef(),
                    answer.consent(), answer.lastSeen());
        }
    }
}
