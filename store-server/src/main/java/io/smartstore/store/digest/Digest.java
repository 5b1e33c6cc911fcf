package io.smartstore.store.digest;

import io.smartstore.store.scores.DailyScores;
import io.smartstore.store.scores.Trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the morning e-mail says about a day: its figures, the last 28 days against the 28
 * before, the follow-ups overdue now (when they were due), the kiosks that went OFFLINE or
 * DEGRADED that day, and where the day page is.
 * No names, no comments: an e-mail travels further than the store's server.
 */
record Digest(String storeId, LocalDate day, DailyScores figures, Trend.Change change, List<Instant> overdueSince,
              List<io.smartstore.store.fleet.KioskStateChange> kioskProblems, String pageUrl) {

    static final int TREND_DAYS = 28;
    static final int TOP_REASONS = 3;
}
