package io.smartstore.devices.card;

import io.smartstore.devices.card.TrackDataParser.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Track data as stripe readers really send it. */
class TrackDataParserTest {

    static final String PAN = "6280001234567895";
    private final TrackDataParser parser = new TrackDataParser();

    @ParameterizedTest
    @ValueSource(strings = {
            // tracks 1 and 2 with sentinels, the most common factory setting
            "%B6280001234567895^MARTIN/CAMILLE^2812101000000000000?;6280001234567895=28121010000000000000?",
            // each end sentinel followed by its LRC character
            "%B6280001234567895^MARTIN/CAMILLE^2812101000000000000?Z;6280001234567895=28121010000000000000?5",
            // an LRC that happens to be a start sentinel
            "%B6280001234567895^MARTIN/CAMILLE^2812101?;;6280001234567895=2812101?",
            // track 2 alone
            ";6280001234567895=2812101?",
            // track 1 alone
            "%B6280001234567895^MARTIN/CAMILLE^2812?",
            // all three tracks
            "%B6280001234567895^MARTIN/CAMILLE^2812?;6280001234567895=2812101?;016280001234567895=2812=0000?",
            // sentinels stripped by the reader's configuration
            "B6280001234567895^MARTIN/CAMILLE^2812101000000000000",
            "6280001234567895=28121010000000000000",
            "B6280001234567895^MARTIN/CAMILLE^2812101 6280001234567895=2812101",
            // a track-1 that is damaged but a good track 2
            "%B62800012^^^?;6280001234567895=2812101?",
    })
    void readsTheNumberOfEveryCommonFormat(String line) {
        assertThat(parser.parse(line)).isInstanceOfSatisfying(Result.Card.class,
                card -> assertThat(card.swipe().number().digits()).isEqualTo(PAN));
    }

    @Test
    void tellsWhichTracksWereRead() {
        Result result = parser.parse("%B6280001234567895^A/B^2812?;6280001234567895=2812?;016280001234567895=2812?");
        assertThat(((Result.Card) result).swipe().tracks()).isEqualTo(Set.of(Track.TRACK_1, Track.TRACK_2, Track.TRACK_3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "%E?;E?", "%E?", ";E?", "%E?;6280001234567895=2812101?", "+E?",
            "%B4111111111111111^A/B^2812?;6280001234567895=2812?",    // tracks disagree
            "\u00ff\u0013garbage 1234", "", "?", "%B?", ";?", "%%%;;;???",
            ";62800012345=2812?",                                      // too short to be a card
            "6280001234567895",                                        // digits alone are not track data
            ";6280001234567895=2812",                                  // truncated before its end sentinel
    })
    void anythingElseIsAnErrorNeverACard(String line) {
        assertThat(parser.parse(line)).isInstanceOf(Result.Failed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {";6280001234567897=2812101?", "%B6280001234567897^GIFT/CARD^2812?", "6280001234567897=2812101"})
    void aNumberWithoutAValidCheckDigitIsReportedSoThatTheStoreDecides(String line) {
        // many loyalty and gift cards carry no Luhn digit
        assertThat(parser.parse(line)).isInstanceOfSatisfying(Result.Card.class, card -> {
            assertThat(card.swipe().number().digits()).isEqualTo("6280001234567897");
            assertThat(card.swipe().number().checkDigitValid()).isFalse();
        });
        assertThat(((Result.Card) parser.parse(";" + PAN + "=2812?")).swipe().number().checkDigitValid()).isTrue();
    }

    @Test
    void aCardNumberNeverShowsInFullWhenPrinted() {
        CardNumber card = new CardNumber(PAN);
        assertThat(card.toString()).doesNotContain("628000123456").endsWith("7895]");
        assertThat(new CardSwipe(card, Set.of(Track.TRACK_2)).toString()).doesNotContain("628000123456");
    }
}
