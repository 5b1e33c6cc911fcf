package io.smartstore.store.feedback;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.recognition.Visits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores a validated batch of answers in one transaction. A response already received
 * (same UUID) is acknowledged as a duplicate and counted once.
 */
@Service
public class FeedbackIngest {

    private static final Logger log = LoggerFactory.getLogger(FeedbackIngest.class);
    private final JdbcClient jdbc;
    private final Visits visits;
    private final StoreSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackIngest(JdbcClient jdbc, Visits visits, StoreSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public BatchReceipt store(FeedbackBatch batch, String kioskId) {
        List<UUID> accepted = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        Set<UUID> known = alreadyReceived(batch.responses());
        for (FeedbackResponse response : batch.responses()) {
            if (known.contains(response.id())) {
                duplicates.add(response.id());
            } else {
                insert(response, kioskId);
                accepted.add(response.id());
            }
        }
        log.info("kiosk {}: {} answers accepted, {} duplicates", kioskId, accepted.size(), duplicates.size());
        if (!accepted.isEmpty()) {
            events.publishEvent(new FeedbackReceived(accepted.size()));
        }
        return new BatchReceipt(accepted, duplicates);
    }

    private Set<UUID> alreadyReceived(List<FeedbackResponse> responses) {
        List<UUID> ids = responses.stream().map(FeedbackResponse::id).toList();
        return ids.isEmpty() ? Set.of()
                : new HashSet<>(jdbc.sql("SELECT ID FROM FEEDBACK WHERE ID IN (:ids)").param("ids", ids).query(UUID.class).list());
    }

    private void insert(FeedbackResponse response, String kioskId) {
        var visit = response.visitId() == null ? java.util.Optional.<Visits.VisitFacts>empty() : visits.facts(response.visitId());
        ZonedDateTime local = response.answeredAt().atZone(settings.store().zone());
        jdbc.sql("""
                        INSERT INTO FEEDBACK (ID, VISIT_ID, KIOSK_ID, SCORE, REASONS, COMMENT_TEXT, LANGUAGE, ANSWERED_AT,
                                              LOCAL_DATE, LOCAL_HOUR, SEGMENT, SPHERE, RECOGNISED, RECEIVED_AT)
                        VALUES (:id, :visit, :kiosk, :score, :reasons, :comment, :language, :answeredAt,
                                :localDate, :localHour, :segment, NULL, :recognised, :receivedAt)""")
                .param("id", response.id())
                .param("visit", response.visitId())
                .param("kiosk", kioskId)
                .param("score", response.score())
                .param("reasons", response.reasons() == null ? null : String.join(",", response.reasons()))
                .param("comment", response.comment())
                .param("language", response.language())
                .param("answeredAt", response.answeredAt().atOffset(ZoneOffset.UTC))
                .param("localDate", local.toLocalDate())
                .param("localHour", local.getHour())
                .param("segment", visit.map(Visits.VisitFacts::segment).orElse(null))
                .param("recognised", visit.isPresent())
                .param("receivedAt", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
