package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification.HistoryItem;
import io.smartstore.protocol.wire.Identification.SphereHistory;
import io.smartstore.protocol.wire.Identification.Suggestion;
import io.smartstore.store.StoreSettings;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions for the next step, each from a rule a customer and an adviser can read:
 * a contract ending within 60 days, a request open for more than 7 days, a mobile plan
 * held for more than 24 months (upgrade eligible). At most three, the most urgent first.
 */
@Component
class NextSteps {

    static final int ENDING_WITHIN_DAYS = 60;
    static final int OPEN_FOR_DAYS = 7;
    static final int UPGRADE_AFTER_MONTHS = 24;
    private final Clock clock;
    private final StoreSettings settings;

    NextSteps(Clock clock, StoreSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    List<Suggestion> of(List<SphereHistory> history) {
        LocalDate today = LocalDate.now(clock.withZone(settings.store().zone()));
        List<Suggestion> ending = new ArrayList<>();
        List<Suggestion> open = new ArrayList<>();
        List<Suggestion> upgrades = new ArrayList<>();
        for (SphereHistory sphere : history) {
            for (HistoryItem item : sphere.items()) {
                boolean active = "ACTIVE".equals(item.status());
                if (active && item.endsOn() != null && !item.endsOn().isBefore(today)
                        && ChronoUnit.DAYS.between(today, item.endsOn()) <= ENDING_WITHIN_DAYS) {
                    ending.add(new Suggestion(sphere.sphere(), item.title() + " ends on " + item.endsOn() + ": let's look at what comes next.",
                            "contract ends within " + ENDING_WITHIN_DAYS + " days", "CONTRACT_ENDING", item.title()));
                }
                if ("REQUEST".equals(item.kind()) && "OPEN".equals(item.status())
                        && ChronoUnit.DAYS.between(item.date(), today) > OPEN_FOR_DAYS) {
                    open.add(new Suggestion(sphere.sphere(), "Your request \"" + item.title() + "\" is still open: an adviser can follow it up today.",
                            "request open for more than " + OPEN_FOR_DAYS + " days", "REQUEST_OPEN", item.title()));
                }
                if (active && "MOBILE".equals(sphere.sphere()) && "PRODUCT".equals(item.kind())
                        && ChronoUnit.MONTHS.between(item.date(), today) >= UPGRADE_AFTER_MONTHS) {
                    upgrades.add(new Suggestion(sphere.sphere(), "You can upgrade your phone with " + item.title() + ".",
                            "mobile plan held for " + UPGRADE_AFTER_MONTHS + " months or more", "UPGRADE_ELIGIBLE", item.title()));
                }
            }
        }
        List<Suggestion> all = new ArrayList<>(ending);
        all.addAll(open);
        all.addAll(upgrades);
        return all.stream().limit(3).toList();
    }
}
