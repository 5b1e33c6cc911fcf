package io.smartstore.store.sync;

import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.Tickets;
import io.smartstore.store.queue.Waits;
import io.smartstore.store.recognition.Visits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends the day's kiosk session counts (and waits promised vs kept) to central every {@code smartstore.central.sessions-interval}
 * (default one minute): today's, and yesterday's too so that the last minutes before midnight
 * are not lost. Each send replaces central's figure for that store and day.
 */
@Component
class SessionsReporter {

    private static final Logger log = LoggerFactory.getLogger(SessionsReporter.class);
    private final Visits visits;
    private final Tickets tickets;
    private final FollowUps followUps;
    private final CentralClient central;
    private final StoreSettings settings;
    private final Clock clock;

    SessionsReporter(Visits visits, Tickets tickets, FollowUps followUps, CentralClient central, StoreSettings settings, Clock clock) {
        this.visits = visits;
        this.followUps = followUps;
        this.tickets = tickets;
        this.central = central;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${smartstore.central.sessions-interval:1m}", initialDelayString = "${smartstore.central.sessions-interval:1m}")
    void report() {
        if (!central.configured()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.store().zone()));
        for (LocalDate day : new LocalDate[]{today.minusDays(1), today}) {
            io.smartstore.protocol.wire.RecognitionFigures count = visits.recognitionOn(day);
            Waits waits = tickets.waitsOn(day);
            FollowUps.Due due = followUps.dueOn(day);
            java.util.Optional<String> failed = central.sendSessions(new SessionCounts(settings.store().id(), settings.store().country(), day,
                    count.sessions(), count.atKiosk() + count.atDesk(), waits.served(), waits.withinPromise(), due.due(), due.closedInTime(), count,
                    followUps.on(day).recoveredInTheShop()));
            if (failed.isPresent()) {
                log.warn("session counts not sent to central, will try again: {}", failed.get());
                return;
            }
        }
    }
}
