package io.smartstore.store.queue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Ticket numbers from a counter per day and letter, not from a count of tickets: the
 * row lock of the increment orders two kiosks taking a ticket at the same instant, and
 * each gets its own number.
 */
@Component
class TicketCounter {

    private final JdbcClient jdbc;

    TicketCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(LocalDate day, String letter) {
        for (int attempt = 0; ; attempt++) {
            if (jdbc.sql("UPDATE TICKET_COUNTER SET LAST = LAST + 1 WHERE LOCAL_DATE = ? AND LETTER = ?").params(day, letter).update() == 1) {
                return jdbc.sql("SELECT LAST FROM TICKET_COUNTER WHERE LOCAL_DATE = ? AND LETTER = ?").params(day, letter)
                        .query(Integer.class).single();
            }
            try {
                jdbc.sql("INSERT INTO TICKET_COUNTER (LOCAL_DATE, LETTER, LAST) VALUES (?, ?, 1)").params(day, letter).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                if (attempt > 2) {
                    throw raced;
                }
                // another kiosk opened the day's counter first: take the next number from it
            }
        }
    }
}
