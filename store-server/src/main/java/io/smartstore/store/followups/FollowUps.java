package io.smartstore.store.followups;

import io.smartstore.protocol.nps.Score;
import io.smartstore.store.webhooks.StoreEvents;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.reasons.AnswerReasons;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follow-ups: opened by a detractor's answer (0–6) that has a comment or consent to be
 * contacted, due {@code smartstore.follow-ups.due} later, taken by an owner, contacted,
 * closed with an outcome. Figures per day follow scoring.md ("Follow-ups").
 */
@Service
public class FollowUps {

    /** How a follow-up closed in the moment ends: the customer recovered before leaving the shop. */
    public static final String RECOVERED_IN_THE_SHOP = "RECOVERED_IN_THE_SHOP";
    private final FollowUpRepository repository;
    private final Clock clock;
    private final FollowUpSettings settings;
    private final java.time.ZoneId zone;
    private final String storeId;
    private final AnswerReasons reasons;
    private final io.smartstore.support.audit.AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final io.smartstore.support.webhooks.Webhooks webhooks;

    FollowUps(FollowUpRepository repository, Clock clock, FollowUpSettings settings, StoreSettings store, AnswerReasons reasons,
              io.smartstore.support.audit.AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
              io.smartstore.support.webhooks.Webhooks webhooks) {
        this.repository = repository;
        this.audit = audit;
        this.webhooks = webhooks;
        this.events = events;
        this.reasons = reasons;
        this.zone = store.store().zone();
        this.storeId = store.store().id();
        this.clock = clock;
        this.settings = settings;
    }

    /** Whether an answer opens a follow-up: a detractor who wrote something or agreed to be called. */
    public static boolean opens(int score, String comment, boolean consent) {
        return Score.tallyOf(score).detractors() == 1 && (comment != null && !comment.isBlank() || consent);
    }

    public void open(UUID feedbackId, Instant answeredAt, LocalDate localDate, int score, String comment,
                     String customerRef, boolean consent) {
        open(feedbackId, answeredAt, localDate, score, comment, customerRef, consent, null);
    }

    /**
     * Opens the follow-up of an answer; the customer is named only when recognised and consenting. Such a customer
     * last seen in the shop ({@code lastSeen}: their kiosk visit or their ticket's last move) less than the in-store
     * window ago is still there: every adviser on duty is told at once, to recover it in the moment.
     */
    public void open(UUID feedbackId, Instant answeredAt, LocalDate localDate, int score, String comment,
                     String customerRef, boolean consent, Instant lastSeen) {
        Instant inStoreUntil = consent && customerRef != null && lastSeen != null ? lastSeen.plus(settings.inStoreWindow()) : null;
        boolean inTheShop = inStoreUntil != null && clock.instant().isBefore(inStoreUntil);
        UUID id = UUID.randomUUID();
        repository.insert(new FollowUpRepository.Opened(id, feedbackId, answeredAt, answeredAt.plus(settings.due()), localDate, score, comment,
                consent ? customerRef : null, consent, inTheShop ? inStoreUntil : null));
        tell(StoreEvents.FOLLOW_UP_OPENED, find(id).orElseThrow());
        if (inTheShop) {
            events.publishEvent(new DetractorInTheShop(id));
        }
    }

    /** The follow-ups of customers still in the shop that nobody has taken yet, the newest first. */
    public List<FollowUp> inTheShop() {
        return withReasons(repository.inTheShop(clock.instant()));
    }

    /** Those in one status (all when null), the earliest due first. */
    public List<FollowUp> withStatus(FollowUpStatus status) {
        return withReasons(repository.withStatus(status));
    }

    /** Those not closed yet, the most urgent (earliest due) first. */
    public List<FollowUp> notClosed() {
        return withReasons(repository.notClosed());
    }

    /** Takes, contacts or closes a follow-up; each given field replaces the one before. */
    @Transactional
    public FollowUp update(UUID id, FollowUp.Change change) {
        FollowUp before = find(id).orElseThrow(FollowUps::unknown);
        FollowUp after = before.with(change);
        repository.save(after, change.status() != null, after.status() == FollowUpStatus.CLOSED ? clock.instant() : null);
        audit.record(io.smartstore.support.audit.AuditAction.FOLLOW_UP_CHANGED, id.toString());
        if (after.takenSince(before)) {
            tell(StoreEvents.FOLLOW_UP_TAKEN, after);
        }
        if (after.closedSince(before)) {
            tell(StoreEvents.FOLLOW_UP_CLOSED, after);
        }
        return after;
    }

    /** Tells subscribers: the follow-up as the API shows it, the customer by reference only. */
    private void tell(String event, FollowUp followUp) {
        webhooks.publish(event, storeId, FollowUpEvent.of(followUp));
    }

    /** A follow-up closed at a known time, as a shop's history shows it (the demo shop's past). */
    @Transactional
    public void closedAt(UUID id, String owner, String outcome, String note, Instant closedAt) {
        repository.closedAt(id, owner, outcome, note, closedAt);
    }

    /**
     * A day's figures: follow-ups opened that day, the share of those due that day closed
     * before their due time, and those overdue now (not closed, past due).
     */
    public Figures on(LocalDate day) {
        Due due = dueOn(day);
        return new Figures(repository.openedOn(day),
                due.due() == 0 ? null : io.smartstore.protocol.nps.Rounding.twoDecimals((double) due.closedInTime() / due.due()),
                repository.overdue(clock.instant()), repository.closedOnWith(day, RECOVERED_IN_THE_SHOP));
    }

    /** The follow-ups due on the store's local day (not a UTC date), and how many were closed before their due time. */
    public Due dueOn(LocalDate day) {
        return repository.due(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A day's follow-ups due, and those closed in time. */
    public record Due(long due, long closedInTime) {
    }

    /** When each follow-up not yet closed and past due now was due, the oldest first. */
    public List<Instant> overdueSince() {
        return repository.overdueSince(clock.instant());
    }

    private Optional<FollowUp> find(UUID id) {
        return repository.find(id).map(one -> withReasons(List.of(one)).getFirst());
    }

    private List<FollowUp> withReasons(List<FollowUpRepository.Read> read) {
        Map<UUID, List<String>> byAnswer = reasons.of(read.stream().map(FollowUpRepository.Read::feedbackId).toList());
        return read.stream().map(one -> one.followUp().withReasons(byAnswer.getOrDefault(one.feedbackId(), List.of()))).toList();
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.NOT_FOUND, "No such follow-up");
    }

    /** {@code followUps} in the daily scores; {@code recoveredInTheShop}: those of the day closed as recovered before the customer left. */
    public record Figures(long opened, Double closedInTime, long overdue, long recoveredInTheShop) {
    }
}
