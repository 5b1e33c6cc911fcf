package io.smartstore.devices.card;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackDataParserTest {

    private final TrackDataParser parser = new TrackDataParser();

    @Test
    void readsTheNumberFromBothTracksAsACommonReaderSendsThem() {
        Swipe swipe = parser.parse("%B6280001234567895^MARTIN/CAMILLE^2812101000000000000?;6280001234567895=28121010000000000000?");
        assertThat(swipe).isEqualTo(new Swipe.Card(new CardNumber("6280001234567895")));
    }

    @Test
    void readsTrack2Alone() {
        assertThat(parser.parse(";6280001234567895=2812101?")).isInstanceOf(Swipe.Card.class);
    }

    @Test
    void readsTrack1Alone() {
        assertThat(parser.parse("%B6280001234567895^DOE/JOHN^2812?")).isInstanceOf(Swipe.Card.class);
    }

    @Test
    void aBadReadMarkerIsAnErrorNeverACard() {
        assertThat(parser.parse("%E?;E?")).isInstanceOf(Swipe.Failed.class);
        assertThat(parser.parse("%E?;6280001234567895=2812101?")).isInstanceOf(Swipe.Failed.class);
    }

    @Test
    void aWrongCheckDigitIsAnError() {
        assertThat(parser.parse(";6280001234567897=2812101?")).isInstanceOf(Swipe.Failed.class);
    }

    @Test
    void tracksThatDisagreeAreAnError() {
        assertThat(parser.parse("%B4111111111111111^A/B^2812?;6280001234567895=2812?")).isInstanceOf(Swipe.Failed.class);
    }

    @Test
    void noiseIsAnError() {
        assertThat(parser.parse("\u00ff\u0013garbage 1234")).isInstanceOf(Swipe.Failed.class);
    }

    @Test
    void aCardNumberNeverShowsInFullWhenPrinted() {
        CardNumber card = new CardNumber("6280001234567895");
        assertThat(card.toString()).doesNotContain("628000123456").endsWith("7895]");
    }
}
