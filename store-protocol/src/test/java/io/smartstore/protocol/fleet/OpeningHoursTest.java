package io.smartstore.protocol.fleet;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {

    // 2026-12-07 is a Monday
    private static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+01:00[Europe/Paris]");
    }

    @Test
    void aShopOpenMondayToSaturdayIsClosedOnSundayAndAtNight() {
        OpeningHours hours = OpeningHours.parse("MON-SAT 09:00-19:00");
        assertThat(hours.isOpen(at("2026-12-07T09:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-07T18:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-07T19:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-12-07T08:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-12-12T12:00"))).as("Saturday").isTrue();
        assertThat(hours.isOpen(at("2026-12-13T12:00"))).as("Sunday").isFalse();
    }

    @Test
    void severalSpansLateNightsAndBlankForAlways() {
        OpeningHours hours = OpeningHours.parse("MON-FRI 09:00-19:00; SAT 10:00-17:00, FRI 22:00-02:00");
        assertThat(hours.isOpen(at("2026-12-12T09:30"))).as("Saturday before ten").isFalse();
        assertThat(hours.isOpen(at("2026-12-12T16:30"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-11T23:00"))).as("Friday late").isTrue();
        assertThat(hours.isOpen(at("2026-12-12T01:30"))).as("past midnight after Friday").isTrue();
        assertThat(hours.isOpen(at("2026-12-09T01:30"))).as("past midnight after Tuesday").isFalse();
        assertThat(OpeningHours.parse("SUN 10:00-24:00").isOpen(at("2026-12-13T23:59"))).isTrue();
        assertThat(OpeningHours.parse("  ").isOpen(at("2026-12-13T03:00"))).isTrue();
        assertThat(OpeningHours.parse("SAT-MON 10:00-12:00").isOpen(at("2026-12-13T11:00"))).as("a range across the week's end").isTrue();
    }

    @Test
    void aMistakeSaysWhatIsExpected() {
        for (String wrong : new String[]{"MON-SAT", "MONDAY 09:00-19:00", "MON-SAT 9-19", "MON-SAT 25:00-26:00", "MON-TUE-WED 09:00-10:00"}) {
            assertThatThrownBy(() -> OpeningHours.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("such as MON-SAT 09:00-19:00");
        }
    }
}
