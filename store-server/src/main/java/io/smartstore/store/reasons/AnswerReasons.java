package io.smartstore.store.reasons;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reasons chosen with each answer, one row per reason in the order they were chosen
 * (table {@code FEEDBACK_REASON}). An answer without reasons has no row: it is never counted
 * under an empty reason.
 */
@Repository
public class AnswerReasons {

    private final JdbcClient jdbc;

    AnswerReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps an answer's reasons; blank ones are not reasons and a repeated one counts once. */
    public void keep(UUID answer, List<String> reasons) {
        if (reasons == null) {
            return;
        }
        List<String> kept = reasons.stream().filter(reason -> reason != null && !reason.isBlank()).distinct().toList();
        for (int position = 0; position < kept.size(); position++) {
            jdbc.sql("INSERT INTO FEEDBACK_REASON (FEEDBACK_ID, POSITION, REASON) VALUES (?, ?, ?)")
                    .params(answer, position, kept.get(position)).update();
        }
    }

    /** The reasons of each of these answers, in the order chosen; an answer without any is absent. */
    public Map<UUID, List<String>> of(Collection<UUID> answers) {
        Map<UUID, List<String>> byAnswer = new LinkedHashMap<>();
        if (answers.isEmpty()) {
            return byAnswer;
        }
        jdbc.sql("SELECT FEEDBACK_ID, REASON FROM FEEDBACK_REASON WHERE FEEDBACK_ID IN (:answers) ORDER BY FEEDBACK_ID, POSITION")
                .param("answers", answers)
                .query(rs -> {
                    byAnswer.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return byAnswer;
    }

    /** The reasons of each answer given on a store's local day, in the order chosen. */
    public Map<UUID, List<String>> ofDay(java.time.LocalDate day) {
        Map<UUID, List<String>> byAnswer = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.FEEDBACK_ID, r.REASON FROM FEEDBACK_REASON r JOIN FEEDBACK f ON f.ID = r.FEEDBACK_ID
                        WHERE f.LOCAL_DATE = ? ORDER BY r.FEEDBACK_ID, r.POSITION""")
                .param(day)
                .query(rs -> {
                    byAnswer.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return byAnswer;
    }

    /** The reasons of one answer, in the order chosen. */
    public List<String> of(UUID answer) {
        return of(List.of(answer)).getOrDefault(answer, List.of());
    }
}
