package io.smartstore.store.feedback;

import io.smartstore.protocol.token.DeviceTokens;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.FeedbackReasons;
import io.smartstore.protocol.wire.SurveyLink;
import io.smartstore.store.StoreSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final PhoneSurveyLinks links;
    private final Clock clock;
    private final FeedbackIngest ingest;
    private final String publicUrl;

    PhoneSurveys(PhoneSurveyLinks links, Clock clock, FeedbackIngest ingest, StoreSettings settings) {
        this.links = links;
        this.clock = clock;
        this.ingest = ingest;
        this.publicUrl = settings.store().publicUrl();
    }

    public SurveyLink create(UUID visitId, String language, String ticket) {
        String code = DeviceTokens.newToken();
        Instant expires = clock.instant().plus(VALID_FOR);
        links.add(code, visitId, language, ticket, expires);
        return new SurveyLink(publicUrl + "/survey/" + code, expires);
    }

    /** The language a link was made in, used or not: even "already used" is said in it. */
    public Optional<String> languageOf(String code) {
        return links.languageOf(code);
    }

    /** Whether this link can still be answered. */
    public Optional<String> open(String code) {
        return links.open(code, clock.instant(), false).map(survey -> Optional.ofNullable(survey.language()).orElse("en"));
    }

    /**
     * Stores the answer (score, the reasons offered for its band, an optional comment) and
     * spends the link; false when the link was used or has expired.
     */
    @Transactional
    public boolean answer(String code, int score, List<String> reasons, String comment) {
        Optional<PhoneSurveyLinks.Survey> survey = links.open(code, clock.instant(), true);
        if (survey.isEmpty()) {
            return false;
        }
        List<String> offered = reasons.stream().filter(FeedbackReasons.forScore(score)::contains).distinct().toList();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > FeedbackResponse.MAX_COMMENT_LENGTH) {
            text = text.substring(0, FeedbackResponse.MAX_COMMENT_LENGTH);
        }
        links.spend(code, clock.instant());
        ingest.store(new FeedbackBatch(List.of(new FeedbackResponse(UUID.randomUUID(), survey.get().visitId(), score, offered,
                text, clock.instant(), survey.get().language(), survey.get().ticket(), null, FeedbackResponse.Channel.PHONE))), "phone");
        return true;
    }

}
