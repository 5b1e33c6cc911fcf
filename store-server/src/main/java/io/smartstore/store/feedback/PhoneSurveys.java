package io.smartstore.store.feedback;

import io.smartstore.protocol.token.DeviceTokens;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.FeedbackReasons;
import io.smartstore.protocol.wire.BatchValidation;
import io.smartstore.protocol.wire.SurveyLink;
import io.smartstore.store.StoreSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Rate later on your phone": a one-time link the kiosk shows as a QR code. The link
 * works once, for a day; its answer is stored like a kiosk's, in the same transaction that
 * spends the link.
 */
@Service
public class PhoneSurveys {

    static final Duration VALID_FOR = Duration.ofDays(1);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FeedbackIngest ingest;
    private final String publicUrl;

    PhoneSurveys(JdbcClient jdbc, Clock clock, FeedbackIngest ingest, StoreSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ingest = ingest;
        this.publicUrl = settings.store().publicUrl();
    }

    public SurveyLink create(UUID visitId, String language, String ticket) {
        String code = DeviceTokens.newToken();
        jdbc.sql("INSERT INTO PHONE_SURVEY (CODE, VISIT_ID, LANGUAGE, TICKET, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)")
                .params(code, visitId, language, ticket, now().plus(VALID_FOR)).update();
        return new SurveyLink(publicUrl + "/survey/" + code, now().plus(VALID_FOR).toInstant());
    }

    /** The language a link was made in, used or not: even "already used" is said in it. */
    public Optional<String> languageOf(String code) {
        return jdbc.sql("SELECT LANGUAGE FROM PHONE_SURVEY WHERE CODE = ?").param(code)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(language -> language);
    }

    /** Whether this link can still be answered. */
    public Optional<String> open(String code) {
        return jdbc.sql("SELECT LANGUAGE FROM PHONE_SURVEY WHERE CODE = ? AND USED_AT IS NULL AND EXPIRES_AT > ?")
                .params(code, now()).query((rs, i) -> Optional.ofNullable(rs.getString(1)).orElse("en")).optional();
    }

    /**
     * Stores the answer (score, the reasons offered for its band, an optional comment) and
     * spends the link; false when the link was used or has expired.
     */
    @Transactional
    public boolean answer(String code, int score, List<String> reasons, String comment) {
        record Survey(UUID visitId, String language, String ticket) {
        }
        Optional<Survey> survey = jdbc.sql("SELECT VISIT_ID, LANGUAGE, TICKET FROM PHONE_SURVEY WHERE CODE = ? AND USED_AT IS NULL AND EXPIRES_AT > ? FOR UPDATE")
                .params(code, now()).query(Survey.class).optional();
        if (survey.isEmpty()) {
            return false;
        }
        List<String> offered = reasons.stream().filter(FeedbackReasons.forScore(score)::contains).distinct().toList();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > BatchValidation.MAX_COMMENT_LENGTH) {
            text = text.substring(0, BatchValidation.MAX_COMMENT_LENGTH);
        }
        jdbc.sql("UPDATE PHONE_SURVEY SET USED_AT = ? WHERE CODE = ?").params(now(), code).update();
        ingest.store(new FeedbackBatch(List.of(new FeedbackResponse(UUID.randomUUID(), survey.get().visitId(), score, offered,
                text, clock.instant(), survey.get().language(), survey.get().ticket(), null, FeedbackResponse.Channel.PHONE))), "phone");
        return true;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

}
