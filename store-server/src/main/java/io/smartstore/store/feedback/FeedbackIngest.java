package io.smartstore.store.feedback;

import io.smartstore.protocol.nps.Score;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.reasons.AnswerReasons;
import io.smartstore.store.recognition.Visits;
import io.smartstore.support.metrics.AnswerCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.smartstore.support.jdbc.DiskSync;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores a validated batch of answers in one transaction. A response already received
 * (same UUID) is acknowledged as a duplicate and counted once. Each new answer takes its
 * segment from its visit and its sphere (and adviser) from the ticket it rates; a second
 * answer for the same visit replaces the first; unrecognised answers pressed again and
 * again at one kiosk are flagged as misuse. What follows from an answer (a webhook, a call
 * back and its push to the floor) listens for {@link AnswerStored}, in the same transaction.
 */
@Service
public class FeedbackIngest {

    private static final Logger log = LoggerFactory.getLogger(FeedbackIngest.class);
    private final FeedbackRepository answers;
    private final Visits visits;
    private final Tickets tickets;
    private final MisuseRule misuse;
    private final StoreSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AnswerCounters counters;
    private final AnswerReasons reasons;
    private final DiskSync disk;

    FeedbackIngest(FeedbackRepository answers, Visits visits, Tickets tickets, MisuseRule misuse, StoreSettings settings, Clock clock,
                   ApplicationEventPublisher events, AnswerCounters counters, AnswerReasons reasons, DiskSync disk) {
        this.answers = answers;
        this.disk = disk;
        this.reasons = reasons;
        this.visits = visits;
        this.tickets = tickets;
        this.misuse = misuse;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.counters = counters;
    }

    @Transactional
    public BatchReceipt store(FeedbackBatch batch, String kioskId) {
        List<UUID> accepted = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        int flagged = 0;
        Set<UUID> known = answers.alreadyReceived(batch.responses().stream().map(FeedbackResponse::id).toList());
        // in the order they were given, so that the misuse rule sees each answer's predecessors
        List<FeedbackResponse> inOrder = batch.responses().stream()
                .sorted(Comparator.comparing(FeedbackResponse::answeredAt)).toList();
        for (FeedbackResponse response : inOrder) {
            if (known.contains(response.id())) {
                duplicates.add(response.id());
            } else {
                flagged += insert(response, kioskId) ? 1 : 0;
                accepted.add(response.id());
            }
        }
        log.info("kiosk {}: {} answers accepted, {} duplicates", kioskId, accepted.size(), duplicates.size());
        counters.batch(accepted.size(), duplicates.size(), flagged);
        if (!accepted.isEmpty()) {
            events.publishEvent(new FeedbackReceived(accepted.size()));
            disk.afterCommit(); // the kiosk forgets what is acknowledged: on the disk first, a power cut may follow
        }
        return new BatchReceipt(accepted, duplicates);
    }

    /** Stores one new answer and tells what follows from it; true when it is flagged as misuse. */
    private boolean insert(FeedbackResponse response, String kioskId) {
        Optional<Visits.VisitFacts> visit = response.visitId() == null ? Optional.empty() : visits.facts(response.visitId());
        ZonedDateTime local = response.answeredAt().atZone(settings.store().zone());
        Optional<Tickets.TicketFacts> ticket = response.ticket() != null
                ? tickets.facts(response.ticket(), local.toLocalDate())
                : visit.flatMap(v -> tickets.factsOfVisit(response.visitId()));
        FeedbackResponse.Channel channel = response.channel() == null ? FeedbackResponse.Channel.KIOSK : response.channel();
        Optional<MisuseRule.Reason> misused = visit.isEmpty() && channel == FeedbackResponse.Channel.KIOSK
                ? misuse.flags(kioskId, response.answeredAt()) : Optional.empty();
        boolean flagged = misused.isPresent();
        boolean superseded = visit.isPresent() && replacesOrIsReplaced(response);
        boolean consent = response.consented() && visit.isPresent();
        String sphere = ticket.map(Tickets.TicketFacts::sphere).orElse(null);
        answers.insert(new FeedbackRepository.Row(response.id(), response.visitId(), kioskId, response.score(), response.comment(),
                response.language(), response.answeredAt(), local.toLocalDate(), local.getHour(), visit.map(Visits.VisitFacts::segment).orElse(null),
                sphere, visit.isPresent(), clock.instant(), response.ticket(), ticket.map(Tickets.TicketFacts::adviser).orElse(null),
                channel.name(), consent, flagged, misused.map(Enum::name).orElse(null), superseded));
        reasons.keep(response.id(), response.reasons());
        if (flagged) {
            log.info("kiosk {}: answer {} flagged as misuse", kioskId, response.id());
        }
        // a customer's reference is looked up only for what may name them: a counted detractor who consented
        boolean detractor = !flagged && Score.band(response.score()) == Score.Band.DETRACTOR;
        String customerRef = detractor && consent ? visits.customerOf(response.visitId()).orElse(null) : null;
        // last seen in the shop: the kiosk visit, or the ticket's last move when later
        java.time.Instant lastSeen = visit.map(Visits.VisitFacts::startedAt).map(started -> ticket.map(Tickets.TicketFacts::lastMoveAt)
                .map(java.time.OffsetDateTime::toInstant).filter(started::isBefore).orElse(started)).orElse(null);
        events.publishEvent(new AnswerStored(response.id(), response.answeredAt(), local.toLocalDate(), response.score(),
                response.reasons() == null ? List.of() : response.reasons(), response.comment(), response.language(), channel.name(), kioskId,
                sphere, response.ticket(), flagged, consent, customerRef, lastSeen));
        return flagged;
    }

    /**
     * One counted answer per recognised visit, the latest winning: true when this answer is
     * older than one already counted for its visit; otherwise the counted one (if any) steps aside.
     */
    private boolean replacesOrIsReplaced(FeedbackResponse response) {
        if (answers.newerCounted(response.visitId(), response.answeredAt())) {
            return true;
        }
        answers.supersede(response.visitId());
        return false;
    }
}
