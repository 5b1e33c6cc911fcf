package io.smartstore.store.scores;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What customers wrote on a day, newest first, with the score, sphere, adviser and language: the "why" behind the figures. */
@Service
public class Verbatims {

    static final int MAX = 200;
    private final DayAnswers answers;

    Verbatims(DayAnswers answers) {
        this.answers = answers;
    }

    /** Counted answers with a comment; only detractors if asked, only those containing {@code search} (any case) if given. */
    public List<Verbatim> on(LocalDate day, boolean detractorsOnly, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return answers.commentsOn(day, detractorsOnly, MAX).stream().filter(v -> needle.isEmpty() || v.comment().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** One comment and its context. */
    public record Verbatim(Instant answeredAt, int score, String comment, String sphere, String adviser, String language) {
    }
}
