package io.smartstore.store.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Table {@code PHONE_SURVEY}: the one-time links of {@link PhoneSurveys}. Only SQL here. */
@Repository
class PhoneSurveyLinks {

    /** What an open link's answer is stored with. */
    record Survey(UUID visitId, String language, String ticket) {
    }

    private final JdbcClient jdbc;

    PhoneSurveyLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String code, UUID visitId, String language, String ticket, Instant expiresAt) {
        jdbc.sql("INSERT INTO PHONE_SURVEY (CODE, VISIT_ID, LANGUAGE, TICKET, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)")
                .params(code, visitId, language, ticket, utc(expiresAt)).update();
    }

    /** The language a link was made in, used or not; empty for an unknown link or one made without. */
    Optional<String> languageOf(String code) {
        return jdbc.sql("SELECT LANGUAGE FROM PHONE_SURVEY WHERE CODE = ?").param(code)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(language -> language);
    }

    /** The link if it is neither used nor expired at {@code now}, locked until the transaction ends when {@code lock}. */
    Optional<Survey> open(String code, Instant now, boolean lock) {
        return jdbc.sql("SELECT VISIT_ID, LANGUAGE, TICKET FROM PHONE_SURVEY WHERE CODE = ? AND USED_AT IS NULL AND EXPIRES_AT > ?"
                        + (lock ? " FOR UPDATE" : ""))
                .params(code, utc(now)).query(Survey.class).optional();
    }

    void spend(String code, Instant at) {
        jdbc.sql("UPDATE PHONE_SURVEY SET USED_AT = ? WHERE CODE = ?").params(utc(at), code).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
