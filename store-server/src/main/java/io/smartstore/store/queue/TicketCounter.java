package io.smartstore.store.queue;

import io.smartstore.support.jdbc.GuardedInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Ticket numbers from a counter per day and letter, not from a count of tickets: the
 * row lock of the increment orders two kiosks taking a ticket at the same instant, and
 * each gets its own number. The day's first ticket opens the counter at 0 (a guarded
 * insert: if another kiosk opened it first, nothing is undone) and then increments it.
 */
@Component
class TicketCounter {

    private final JdbcClient jdbc;
    private final GuardedInsert guarded;

    TicketCounter(JdbcClient jdbc, GuardedInsert guarded) {
        this.jdbc = jdbc;
        this.guarded = guarded;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(LocalDate day, String letter) {
        if (increment(day, letter) == 0) {
            guarded.tryInsert(() -> jdbc.sql("INSERT INTO TICKET_COUNTER (LOCAL_DATE, LETTER, LAST) VALUES (?, ?, 0)").params(day, letter).update());
            increment(day, letter);
        }
        return jdbc.sql("SELECT LAST FROM TICKET_COUNTER WHERE LOCAL_DATE = ? AND LETTER = ?").params(day, letter).query(Integer.class).single();
    }

    private int increment(LocalDate day, String letter) {
        return jdbc.sql("UPDATE TICKET_COUNTER SET LAST = LAST + 1 WHERE LOCAL_DATE = ? AND LETTER = ?").params(day, letter).update();
    }
}
