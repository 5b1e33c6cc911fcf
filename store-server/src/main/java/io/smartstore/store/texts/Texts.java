package io.smartstore.store.texts;

import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.queue.QueueChanged;
import io.smartstore.store.queue.TextsOffer;
import io.smartstore.support.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Texts to a recognised customer with a mobile number in the CRM who asked for them at the kiosk, for one ticket:
 * one when they are next in their sphere, one when they are called (the desk and the adviser), in the language the
 * kiosk spoke to them. After each committed move of the queue, the texts now due are claimed (a ticket's text is
 * claimed once, whatever the number of moves) and handed to the SMS centre on the texts' own thread: a centre that
 * is slow or down never holds up a ticket, a call or an answer; a text that fails is counted and logged by ticket,
 * never with the number.
 */
@Service
public class Texts implements DisposableBean, TextsOffer {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private final TicketTexts tickets;
    private final Clock clock;
    private final StoreSettings settings;
    private final TextSettings texts;
    private final SmsCentre centre;
    private final Translations words = new Translations();
    private final MeterRegistry meters;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("texts").daemon().factory());

    Texts(TicketTexts tickets, Clock clock, StoreSettings settings, TextSettings texts, SmsCentre centre, MeterRegistry meters) {
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
        this.texts = texts;
        this.centre = centre;
        this.meters = meters;
    }

    @Override
    public boolean canText(UUID visitId) {
        return texts.enabled() && visitId != null && tickets.hasPhone(visitId);
    }

    /** The customer of today's ticket agrees to its texts; refused when they cannot be texted. */
    public void agree(String ticket) {
        UUID visit = tickets.visitOf(ticket, today())
                .orElseThrow(() -> new Refusal(ProblemCode.UNKNOWN_TICKET, "No such ticket today")).orElse(null);
        if (!canText(visit)) {
            throw new Refusal(ProblemCode.NO_PHONE_NUMBER, "This ticket's customer cannot be texted: no mobile number is known, or the shop sends no texts");
        }
        tickets.agree(ticket, today(), clock.instant());
        sendDue();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void queueMoved(QueueChanged change) {
        if (texts.enabled()) {
            sendDue();
        }
    }

    private void sendDue() {
        try {
            sender.execute(this::sendDueNow);
        } catch (RejectedExecutionException stopping) {
            // the store is stopping: the texts still due go with the next move after the start
        }
    }

    private void sendDueNow() {
        try {
            LocalDate today = today();
            for (Due due : tickets.nextDue(today)) {
                if (tickets.claimNext(due.id(), today, clock.instant())) {
                    send("next", due, words.getTranslation("sms.next", Locale.forLanguageTag(due.language()), due.id()));
                }
            }
            for (Due due : tickets.calledDue(today)) {
                if (tickets.claimCalled(due.id(), today, clock.instant())) {
                    send("called", due, words.getTranslation("sms.called", Locale.forLanguageTag(due.language()), due.id(), due.adviser(), due.desk()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("texts due could not be read: {}", e.getClass().getSimpleName());
        }
    }

    private void send(String kind, Due due, String text) {
        try {
            centre.send(due.phone(), text);
            meters.counter("smartstore.texts", "kind", kind, "outcome", "sent").increment();
            log.info("text '{}' for ticket {} handed to the SMS centre", kind, due.id());
        } catch (Exception e) {
            meters.counter("smartstore.texts", "kind", kind, "outcome", "failed").increment();
            // the class and the centre's status only: jsmpp's messages may quote what was sent (a number, the password)
            log.warn("text '{}' for ticket {} not sent: {}{}", kind, due.id(), e.getClass().getSimpleName(),
                    e instanceof org.jsmpp.extra.NegativeResponseException refused ? " (status " + refused.getCommandStatus() + ")" : "");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.store().zone()));
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }

    /** A text due: its ticket, the desk and adviser once called, where it goes and in which language. */
    record Due(String id, String adviser, String desk, String phone, String language) {
    }

    /** For tests: the texts' thread has done what it was given so far. */
    void settle() throws Exception {
        sender.submit(() -> null).get();
    }
}
