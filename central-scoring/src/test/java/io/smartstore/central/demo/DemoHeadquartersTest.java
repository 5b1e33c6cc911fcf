package io.smartstore.central.demo;

import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.SessionCounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's headquarters has something behind every figure the dashboard shows: each demo shop's day beside its
 * answers has kiosk sessions recognised in part (at the kiosk, at the desk, the others by reason), tickets with their
 * promises mostly kept and call backs mostly closed in time — figures central accepts as a store's report.
 */
class DemoHeadquartersTest {

    @Test
    void eachShopsDayHasSessionsWaitsAndCallBacksThatCentralAccepts() {
        Random random = new Random(7);
        long sessions = 0;
        long recognised = 0;
        long due = 0;
        long closedInTime = 0;
        for (DemoHeadquarters.Shop shop : DemoHeadquarters.SHOPS) {
            for (int back = 1; back <= 90; back++) {
                LocalDate day = LocalDate.of(2026, 12, 8).minusDays(back);
                SessionCounts counts = DemoHeadquarters.dayOf(shop, day, answers(day, random), random);
                assertThat(counts.consistent()).as("%s on %s: %s", shop.id(), day, counts).isTrue();
                assertThat(counts.storeId()).isEqualTo(shop.id());
                assertThat(counts.withinPromise()).isBetween(0.3, 0.95);
                assertThat(counts.served()).isPositive();
                assertThat(counts.recognition().atDesk()).isPositive();
                sessions += counts.sessions();
                recognised += counts.recognised();
                due += counts.followUpsDue();
                closedInTime += counts.followUpsClosedInTime();
            }
        }
        assertThat((double) recognised / sessions).isBetween(0.55, 0.75);
        assertThat(due).isPositive();
        assertThat((double) closedInTime / due).isBetween(0.6, 1.0);
    }

    /** A day's answers as the demo draws them: 20 to 44, a quarter or so of detractors. */
    private static List<ScoredResponse> answers(LocalDate day, Random random) {
        List<ScoredResponse> answers = new ArrayList<>();
        for (int i = 0, n = 20 + random.nextInt(25); i < n; i++) {
            answers.add(new ScoredResponse(UUID.randomUUID(), "CONSUMER", null, random.nextInt(11), day.atTime(10, 0).toInstant(ZoneOffset.UTC),
                    day, true, null, null));
        }
        return answers;
    }
}
