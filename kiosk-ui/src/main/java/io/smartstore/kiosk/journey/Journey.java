package io.smartstore.kiosk.journey;

import io.smartstore.kiosk.recognition.RecognitionResult;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.QueueTicket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.smartstore.protocol.wire.RecognitionMiss;

/**
 * One kiosk screen's journey: attract → (read) → personal → rating → reasons → thank you →
 * attract, with the adviser ticket, the phone link and the messages beside it. It decides
 * which screen shows and until when; every screen but the attract screen has a deadline,
 * restarted by each touch, after which the next person gets the attract screen and nothing
 * of the last. A session is one person's time, from leaving the attract screen to coming
 * back to it: the store counts it once, under its id, however many reads it took.
 */
public final class Journey {

    private final Clock clock;
    private final Timings timings;
    private final Answers answers;
    private Screen screen = new Screen.Attract();
    private Instant deadline;
    private UUID session = UUID.randomUUID();
    private Identification customer;
    private String ticket;
    private UUID openAnswer;
    private String language;
    private RecognitionMiss miss;

    public Journey(Clock clock, Timings timings, Answers answers) {
        this.clock = clock;
        this.timings = timings;
        this.answers = answers;
    }

    public Screen screen() {
        return screen;
    }

    /** When the attract screen comes back unless someone touches the screen; empty on the attract screen. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** This person's session, as the store counts it. */
    public UUID session() {
        return session;
    }

    public Optional<UUID> visit() {
        return Optional.ofNullable(customer).map(Identification::visitId);
    }

    /** The customer's language once recognised (or chosen); empty means the kiosk's own. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Someone touched the screen or pressed a key: whatever they are doing, they are still there. */
    public void touched() {
        if (deadline != null && !(screen instanceof Screen.ThankYou)) {
            deadline = clock.instant().plus(patience(screen));
        }
    }

    /** Back to the attract screen when the deadline has passed; true when it did. */
    public boolean timeUp() {
        if (deadline == null || clock.instant().isBefore(deadline)) {
            return false;
        }
        reset();
        return true;
    }

    /** The next person: an open answer is closed with its score, and nothing of this person remains. */
    public void reset() {
        closeOpenAnswer();
        customer = null;
        ticket = null;
        language = null;
        miss = null;
        session = UUID.randomUUID();
        show(new Screen.Attract());
    }

    public void chooseLanguage(String code) {
        language = code;
    }

    /** Whether the person answering is recognised: only then may the store ask to call them back. */
    public boolean recognised() {
        return customer != null;
    }

    /** A reader read something: acknowledged at once, while the store looks it up. */
    public void reading() {
        closeOpenAnswer();
        show(new Screen.Waiting());
    }

    public void recognised(RecognitionResult result) {
        switch (result) {
            case RecognitionResult.Recognised recognised -> {
                customer = recognised.identification();
                language = customer.customer().language();
                show(new Screen.Personal(customer));
            }
            case RecognitionResult.Refused refused -> show(new Screen.Message(Refusals.messageKey(refused.code())));
            case RecognitionResult.StoreUnreachable unreachable -> show(new Screen.Message("message.offline"));
        }
    }

    /**
     * "Continue without signing in": the rating. True when the store should hear of an
     * anonymous session (nobody was recognised in this session).
     */
    public boolean continueAnonymously() {
        show(new Screen.Rating());
        return customer == null;
    }

    public void rate() {
        show(new Screen.Rating());
    }

    /** The score counts from this moment: it is kept, open, before the reasons are asked. */
    public void scored(int score) {
        closeOpenAnswer();
        UUID id = UUID.randomUUID();
        answers.open(new FeedbackResponse(id, visit().orElse(null), score, List.of(), null, clock.instant(),
                customer == null ? null : customer.customer().language(), ticket, null, FeedbackResponse.Channel.KIOSK));
        openAnswer = id;
        show(new Screen.Reasons(score));
    }

    /** Reasons and comment complete the answer; then thank you, and soon the next person. */
    public void sent(List<String> reasons, String comment) {
        sent(reasons, comment, false);
    }

    /** As {@link #sent(List, String)}, with whether the (recognised) customer may be called back. */
    public void sent(List<String> reasons, String comment, boolean consentToContact) {
        if (openAnswer != null) {
            answers.complete(openAnswer, List.copyOf(reasons), comment == null || comment.isBlank() ? null : comment.strip(),
                    consentToContact && customer != null);
            openAnswer = null;
        }
        customer = null;
        show(new Screen.ThankYou());
    }

    /** "Talk to an adviser": which sphere? True when the store should hear of an anonymous session. */
    public boolean askForAdviser() {
        show(new Screen.SphereChoice());
        return customer == null;
    }

    /** Waiting for the store (a ticket, a phone link). */
    public void waitForStore() {
        show(new Screen.Waiting());
    }

    public void ticketTaken(Optional<QueueTicket> taken) {
        taken.ifPresentOrElse(t -> {
            ticket = t.ticket();
            show(new Screen.Ticket(t));
        }, () -> show(new Screen.Message("message.noTicket")));
    }

    /** The ticket this person holds, if any: their answer rates that adviser visit. */
    public Optional<String> ticket() {
        return Optional.ofNullable(ticket);
    }

    public void phoneLink(Optional<String> url) {
        url.ifPresentOrElse(link -> show(new Screen.PhoneSurvey(link)), () -> show(new Screen.Message("message.noSurvey")));
    }

    public void readFailed() {
        miss = RecognitionMiss.UNREADABLE;
        show(new Screen.Message("message.badRead"));
    }

    /** Why nobody was recognised in this session, as far as the kiosk itself knows (a read it could not make sense of). */
    public Optional<RecognitionMiss> miss() {
        return Optional.ofNullable(miss);
    }

    private void closeOpenAnswer() {
        if (openAnswer != null) {
            answers.close(openAnswer);
            openAnswer = null;
        }
    }

    private void show(Screen next) {
        screen = next;
        deadline = next instanceof Screen.Attract ? null : clock.instant().plus(patience(next));
    }

    private Duration patience(Screen of) {
        return switch (of) {
            case Screen.Attract attract -> Duration.ZERO;
            case Screen.ThankYou thanks -> timings.thankYou();
            case Screen.Waiting waiting -> timings.waiting();
            case Screen.Ticket ticketScreen -> timings.idle().multipliedBy(4);
            default -> timings.idle();
        };
    }
}
