package io.smartstore.devices.wedge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KeyboardWedgeTest {

    @Test
    void aFastBurstEndingWithEnterIsAScan() {
        KeyboardWedge wedge = KeyboardWedge.standard();
        assertThat(type(wedge, "SMRT1ABC", 0, 8)).contains("SMRT1ABC");
    }

    @Test
    void aPersonTypingIsNotAScan() {
        KeyboardWedge wedge = KeyboardWedge.standard();
        assertThat(type(wedge, "hello", 0, 180)).isEmpty();
    }

    @Test
    void shiftPressesInsideTheBurstAreIgnored() {
        KeyboardWedge wedge = KeyboardWedge.standard();
        double t = 0;
        for (String key : new String[]{"Shift", "A", "b", "Shift", "C", "1"}) {
            assertThat(wedge.key(key, t += 5)).isEmpty();
        }
        assertThat(wedge.key(KeyboardWedge.ENTER, t + 5)).contains("AbC1");
    }

    @Test
    void aPauseStartsAFreshBurstSoTypedKeysBeforeAScanDoNotLeakIntoIt() {
        KeyboardWedge wedge = KeyboardWedge.standard();
        type(wedge, "ab", 0, 200); // no Enter: a person pressed two keys
        assertThat(type(wedge, "TOKEN42", 2000, 6)).contains("TOKEN42");
    }

    @Test
    void tooShortABurstIsNotAScan() {
        assertThat(type(KeyboardWedge.standard(), "ab", 0, 5)).isEmpty();
    }

    @Property
    void scannersAreScansAndPeopleAreNot(@ForAll @AlphaChars @StringLength(min = 4, max = 64) String code,
                                         @ForAll @IntRange(min = 1, max = 40) int scannerGap,
                                         @ForAll @IntRange(min = 80, max = 400) int personGap) {
        assertThat(type(KeyboardWedge.standard(), code, 0, scannerGap)).contains(code);
        assertThat(type(KeyboardWedge.standard(), code, 0, personGap)).isEmpty();
    }

    private static Optional<String> type(KeyboardWedge wedge, String text, double start, double gap) {
        double t = start;
        for (int i = 0; i < text.length(); i++) {
            wedge.key(String.valueOf(text.charAt(i)), t);
            t += gap;
        }
        return wedge.key(KeyboardWedge.ENTER, t);
    }
}
