package io.smartstore.kiosk.feedback;

import io.smartstore.kiosk.journey.Answers;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.support.relay.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * The kiosk's answers, as its screens keep them: each kept in the {@link FeedbackOutbox} from the tap, and the relay told
 * (an {@link AnswerSaved}) as soon as one is ready to go; the service screen reads the backlog here.
 */
@Service
public class KioskAnswers implements Answers {

    private final FeedbackOutbox outbox;
    private final ApplicationEventPublisher events;

    KioskAnswers(FeedbackOutbox outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public void open(FeedbackResponse answer) {
        outbox.add(answer, false);
    }

    @Override
    public void complete(UUID id, List<String> reasons, String comment, boolean consentToContact) {
        outbox.complete(id, reasons, comment, consentToContact);
        events.publishEvent(new AnswerSaved(id));
    }

    @Override
    public void close(UUID id) {
        outbox.close(id);
        events.publishEvent(new AnswerSaved(id));
    }

    /** What waits for the store: how many answers, and how old the oldest is. */
    public Outbox.Backlog backlog() {
        return outbox.backlog();
    }
}
