package io.smartstore.devices.serial;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineFramerTest {

    @Test
    void linesEndWithCrLfOrEither() {
        LineFramer framer = new LineFramer(64);
        assertThat(framer.feed("a\r\nb\nc\r".getBytes(StandardCharsets.US_ASCII))).containsExactly("a", "b", "c");
    }

    @Test
    void anOversizeLineIsDroppedWholeAndTheNextOneSurvives() {
        LineFramer framer = new LineFramer(8);
        List<String> lines = framer.feed("0123456789abcdef\r\nok\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(lines).containsExactly("ok");
        assertThat(framer.droppedLines()).isEqualTo(1);
    }

    @Property
    void chunkBoundariesDoNotChangeTheLines(@ForAll @IntRange(min = 1, max = 7) int chunk) {
        byte[] stream = "%B6280001234567895^A/B^28?\r\n;6280001234567895=28?\r\n".getBytes(StandardCharsets.US_ASCII);
        LineFramer framer = new LineFramer(128);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stream.length; i += chunk) {
            lines.addAll(framer.feed(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk))));
        }
        assertThat(lines).containsExactly("%B6280001234567895^A/B^28?", ";6280001234567895=28?");
    }
}
