package io.smartstore.store.followups;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A call back's changes on their own: each field given replaces the one before, and what a change means. */
class FollowUpTest {

    static final FollowUp OPENED = new FollowUp(UUID.randomUUID(), Instant.parse("2026-12-08T09:00:00Z"), Instant.parse("2026-12-10T09:00:00Z"),
            3, List.of("WAIT"), "nobody came", null, true, null, FollowUpStatus.OPEN, null, null);

    @Test
    void takingItNamesItsOwnerAndIsTakenOnceByThem() {
        FollowUp taken = OPENED.with(FollowUp.Change.takenBy("lea"));
        assertThat(taken.owner()).isEqualTo("lea");
        assertThat(taken.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(taken.takenSince(OPENED)).isTrue();
        assertThat(taken.with(FollowUp.Change.takenBy("lea")).takenSince(taken)).as("already hers").isFalse();
        assertThat(taken.with(FollowUp.Change.takenBy("omar")).takenSince(taken)).as("someone new").isTrue();
    }

    @Test
    void closingKeepsWhatWasNotGivenAndIsClosedOnlyOnce() {
        FollowUp contacted = OPENED.with(new FollowUp.Change("lea", FollowUpStatus.CONTACTED, null, "left a message"));
        FollowUp closed = contacted.with(new FollowUp.Change(null, FollowUpStatus.CLOSED, "RESOLVED", "  refund agreed  "));
        assertThat(closed.owner()).isEqualTo("lea");
        assertThat(closed.outcome()).isEqualTo("RESOLVED");
        assertThat(closed.note()).isEqualTo("refund agreed");
        assertThat(closed.closedSince(contacted)).isTrue();
        assertThat(closed.open()).isFalse();
        assertThat(closed.with(new FollowUp.Change(null, FollowUpStatus.CLOSED, null, null)).closedSince(closed)).isFalse();
    }

    @Test
    void aBlankOwnerGivesItBackToNobodyAndABlankNoteIsNone() {
        FollowUp taken = OPENED.with(new FollowUp.Change("lea", null, null, "call after 6"));
        FollowUp released = taken.with(new FollowUp.Change(" ", null, null, "   "));
        assertThat(released.owner()).isNull();
        assertThat(released.note()).isNull();
        assertThat(released.takenSince(taken)).isFalse();
    }

    @Test
    void theApiAcceptsExactlyTheStatusesThereAre() {
        assertThat(FollowUpsController.STATUS).isEqualTo(Arrays.stream(FollowUpStatus.values()).map(Enum::name).collect(Collectors.joining("|")));
    }
}
