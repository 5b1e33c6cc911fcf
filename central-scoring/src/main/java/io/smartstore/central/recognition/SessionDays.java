package io.smartstore.central.recognition;

import io.smartstore.protocol.wire.RecognitionFigures;
import io.smartstore.protocol.wire.SessionCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Each store's kiosk sessions per local day, as the store last reported them (a report replaces the one before). */
@Service
public class SessionDays {

    private final SessionDayTable table;
    private final Clock clock;

    SessionDays(SessionDayTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** A store's day of kiosk sessions, waits and call backs, replacing what it said before of that day. */
    @Transactional
    public void replace(SessionCounts counts) {
        if (!counts.consistent()) {
            throw new io.smartstore.protocol.wire.Refusal(io.smartstore.protocol.wire.ProblemCode.INVALID_SESSION,
                    "A session report needs 0 ≤ recognised ≤ sessions and 0 ≤ followUpsClosedInTime ≤ followUpsDue");
        }
        if (!table.write(counts, clock.instant())) {
            replace(counts); // another instance wrote the day a moment before: this report replaces it
        }
    }

    /** Recognition and waits kept for the group, each country and each store (GET /api/v1/recognition, the dashboard). */
    public RecognitionRates rates(LocalDate from, LocalDate to) {
        java.util.Map<String, List<StoreSessions>> byCountry = new java.util.LinkedHashMap<>();
        table.byStore(from, to).forEach(store -> byCountry.computeIfAbsent(store.country(), c -> new java.util.ArrayList<>()).add(store));
        List<RecognitionRates.Country> countries = new java.util.ArrayList<>();
        StoreSessions group = new StoreSessions(null, null, 0, 0, 0, 0, 0, 0, RecognitionFigures.none(), 0);
        for (var entry : byCountry.entrySet()) {
            StoreSessions country = entry.getValue().stream().reduce(new StoreSessions(entry.getKey(), null, 0, 0, 0, 0, 0, 0, RecognitionFigures.none(), 0),
                    StoreSessions::plus);
            RecognitionRates.Rate rate = country.rate();
            countries.add(new RecognitionRates.Country(entry.getKey(), rate.sessions(), rate.recognised(), rate.rate(), rate.served(),
                    rate.waitsKept(), rate.followUpsDue(), rate.followUpsClosedInTime(), entry.getValue().stream().map(store -> {
                        RecognitionRates.Rate own = store.rate();
                        return new RecognitionRates.Store(store.storeId(), own.sessions(), own.recognised(), own.rate(), own.served(), own.waitsKept(),
                                own.followUpsDue(), own.followUpsClosedInTime(), own.recognition(), own.recoveredInTheShop());
                    }).toList(), rate.recognition(), rate.recoveredInTheShop()));
            group = group.plus(country);
        }
        return new RecognitionRates(group.rate(), countries);
    }

    /**
     * A store's (or a sum's) figures of a period. In {@code recognition}, the days a store did not report where it
     * recognised count as at the kiosk, and their misses as unknown (the misses then add up to less than {@code never}).
     */
    record StoreSessions(String country, String storeId, long sessions, long recognised, long served, double kept, long followUpsDue,
                         long closedInTime, RecognitionFigures recognition, long recoveredInTheShop) {
        StoreSessions plus(StoreSessions other) {
            return new StoreSessions(country, storeId, sessions + other.sessions, recognised + other.recognised, served + other.served,
                    kept + other.kept, followUpsDue + other.followUpsDue, closedInTime + other.closedInTime, recognition.plus(other.recognition),
                    recoveredInTheShop + other.recoveredInTheShop);
        }

        RecognitionRates.Rate rate() {
            return RecognitionRates.Rate.of(sessions, recognised, served, kept, followUpsDue, closedInTime, recognition, recoveredInTheShop);
        }
    }
}
