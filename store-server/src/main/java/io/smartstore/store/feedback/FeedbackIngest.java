package io.smartstore.store.feedback;

import io.smartstore.protocol.nps.Score;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.reasons.AnswerReasons;
import io.smartstore.store.recognition.Visits;
import io.smartstore.support.metrics.AnswerCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.smartstore.support.jdbc.DiskSync;
import io.smartstore.support.webhooks.Webhooks;
import io.smartstore.store.webhooks.StoreEvents;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores a validated batch of answers in one transaction. A response already received
 * (same UUID) is acknowledged as a duplicate and counted once. Each new answer takes its
 * segment from its visit and its sphere (and adviser) from the ticket it rates; a second
 * answer for the same visit replaces the first; unrecognised answers pressed again and
 * again at one kiosk are flagged as misuse.
 */
@Service
public class FeedbackIngest {

    private static final Logger log = LoggerFactory.getLogger(FeedbackIngest.class);
    private final JdbcClient jdbc;
    private final Visits visits;
    private final Tickets tickets;
    private final MisuseRule misuse;
    private final FollowUps followUps;
    private final StoreSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AnswerCounters counters;
    private final AnswerReasons reasons;
    private final DiskSync disk;
    private final Webhooks webhooks;

    FeedbackIngest(JdbcClient jdbc, Visits visits, Tickets tickets, MisuseRule misuse, FollowUps followUps, StoreSettings settings,
                   Clock clock, ApplicationEventPublisher events, AnswerCounters counters, AnswerReasons reasons, DiskSync disk,
                   Webhooks webhooks) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.disk = disk;
        this.reasons = reasons;
        this.followUps = followUps;
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
        Set<UUID> known = alreadyReceived(batch.responses());
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

    private Set<UUID> alreadyReceived(List<FeedbackResponse> responses) {
        List<UUID> ids = responses.stream().map(FeedbackResponse::id).toList();
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM FEEDBACK WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }

    /** Stores one new answer; true when it is flagged as misuse. */
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
        jdbc.sql("""
                        INSERT INTO FEEDBACK (ID, VISIT_ID, KIOSK_ID, SCORE, COMMENT_TEXT, LANGUAGE, ANSWERED_AT,
                                              LOCAL_DATE, LOCAL_HOUR, SEGMENT, SPHERE, RECOGNISED, RECEIVED_AT,
                                              TICKET, ADVISER, CHANNEL, CONSENT, MISUSE, MISUSE_REASON, SUPERSEDED)
                        VALUES (:id, :visit, :kiosk, :score, :comment, :language, :answeredAt,
                                :localDate, :localHour, :segment, :sphere, :recognised, :receivedAt,
                                :ticket, :adviser, :channel, :consent, :misuse, :misuseReason, :superseded)""")
                .param("id", response.id())
                .param("visit", response.visitId())
                .param("kiosk", kioskId)
                .param("score", response.score())
                .param("comment", response.comment())
                .param("language", response.language())
                .param("answeredAt", response.answeredAt().atOffset(ZoneOffset.UTC))
                .param("localDate", local.toLocalDate())
                .param("localHour", local.getHour())
                .param("segment", visit.map(Visits.VisitFacts::segment).orElse(null))
                .param("sphere", ticket.map(Tickets.TicketFacts::sphere).orElse(null))
                .param("recognised", visit.isPresent())
                .param("receivedAt", clock.instant().atOffset(ZoneOffset.UTC))
                .param("ticket", response.ticket())
                .param("adviser", ticket.map(Tickets.TicketFacts::adviser).orElse(null))
                .param("channel", channel.name())
                .param("consent", response.consented() && visit.isPresent())
                .param("misuse", flagged)
                .param("misuseReason", misused.map(Enum::name).orElse(null))
                .param("superseded", superseded)
                .update();
        reasons.keep(response.id(), response.reasons());
        if (flagged) {
            log.info("kiosk {}: answer {} flagged as misuse", kioskId, response.id());
        }
        boolean consent = response.consented() && visit.isPresent();
        if (!flagged && Score.tallyOf(response.score()).detractors() == 1) {
            String customerRef = consent ? visits.customerOf(response.visitId()).orElse(null) : null;
            webhooks.publish(StoreEvents.ANSWER_DETRACTOR, settings.store().id(), new DetractorAnswered(response.id(), response.answeredAt(),
                    response.score(), response.reasons() == null ? List.of() : response.reasons(), response.comment(), response.language(),
                    channel.name(), kioskId, ticket.map(Tickets.TicketFacts::sphere).orElse(null), response.ticket(), consent, customerRef));
        }
        if (!flagged && FollowUps.opens(response.score(), response.comment(), consent)) {
            // last seen in the shop: the kiosk visit, or the ticket's last move when later
            java.time.Instant lastSeen = visit.map(Visits.VisitFacts::startedAt).map(started -> ticket.map(Tickets.TicketFacts::lastMoveAt)
                    .map(java.time.OffsetDateTime::toInstant).filter(started::isBefore).orElse(started)).orElse(null);
            followUps.open(response.id(), response.answeredAt(), local.toLocalDate(), response.score(), response.comment(),
                    visit.isPresent() ? visits.customerOf(response.visitId()).orElse(null) : null, consent, lastSeen);
        }
        return flagged;
    }

    /**
     * One counted answer per recognised visit, the latest winning: true when this answer is
     * older than one already counted for its visit; otherwise the counted one (if any) steps aside.
     */
    private boolean replacesOrIsReplaced(FeedbackResponse response) {
        var offset = response.answeredAt().atOffset(ZoneOffset.UTC);
        boolean newerExists = jdbc.sql("SELECT COUNT(*) FROM FEEDBACK WHERE VISIT_ID = ? AND SUPERSEDED = FALSE AND ANSWERED_AT > ?")
                .params(response.visitId(), offset).query(Integer.class).single() > 0;
        if (newerExists) {
            return true;
        }
        jdbc.sql("UPDATE FEEDBACK SET SUPERSEDED = TRUE WHERE VISIT_ID = ? AND SUPERSEDED = FALSE")
                .param(response.visitId()).update();
        return false;
    }
}
