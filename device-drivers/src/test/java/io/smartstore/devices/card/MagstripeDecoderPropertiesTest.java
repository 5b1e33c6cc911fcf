package io.smartstore.devices.card;

import io.smartstore.devices.Recorder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Random, truncated, corrupted and interleaved bytes: reported and skipped, never a wrong card number. */
class MagstripeDecoderPropertiesTest {

    @Property
    void randomBytesNeverBecomeACard(@ForAll @Size(max = 2000) byte[] noise) {
        Recorder<CardSwipe> recorder = new Recorder<>();
        new MagstripeDecoder().decode(noise, recorder);
        assertThat(recorder.data).isEmpty();
    }

    @Property
    void aCorruptedSwipeIsTheRightCardOrAnError(@ForAll("cardNumbers") String pan, @ForAll @IntRange(max = 200) int position,
                                                @ForAll byte replacement) {
        byte[] swipe = swipe(pan).getBytes(StandardCharsets.ISO_8859_1);
        int at = position % (swipe.length - 2); // keep the line end
        swipe[at] = replacement == '\r' || replacement == '\n' ? (byte) 'X' : replacement;

        Recorder<CardSwipe> recorder = new Recorder<>();
        new MagstripeDecoder().decode(swipe, recorder);
        assertThat(recorder.data).allSatisfy(card -> assertThat(card.number().digits()).isEqualTo(pan));
    }

    @Property
    void aTruncatedSwipeIsTheRightCardOrAnError(@ForAll("cardNumbers") String pan, @ForAll @IntRange(max = 200) int cut) {
        String swipe = swipe(pan);
        String truncated = swipe.substring(0, cut % (swipe.length() - 2)) + "\r\n";

        Recorder<CardSwipe> recorder = new Recorder<>();
        new MagstripeDecoder().decode(truncated.getBytes(StandardCharsets.ISO_8859_1), recorder);
        assertThat(recorder.data).allSatisfy(card -> assertThat(card.number().digits()).isEqualTo(pan));
    }

    @Property
    void swipesInterleavedWithNoiseAreAllReadInAnyChunking(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("cardNumbers") String> pans,
                                                            @ForAll("noiseLines") List<String> noise,
                                                            @ForAll @IntRange(min = 1, max = 64) int chunk) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < pans.size(); i++) {
            stream.writeBytes(noise.get(i % noise.size()).getBytes(StandardCharsets.ISO_8859_1));
            stream.writeBytes(swipe(pans.get(i)).getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] bytes = stream.toByteArray();

        Recorder<CardSwipe> recorder = new Recorder<>();
        MagstripeDecoder decoder = new MagstripeDecoder(Duration.ZERO, System::nanoTime);
        for (int i = 0; i < bytes.length; i += chunk) {
            decoder.decode(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + chunk)), recorder);
        }
        assertThat(recorder.data).extracting(card -> card.number().digits()).containsExactlyElementsOf(pans);
    }

    @Provide
    Arbitrary<String> cardNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(17)
                .map(body -> "6" + body)
                .map(body -> body + Luhn.checkDigit(body));
    }

    @Provide
    Arbitrary<List<String>> noiseLines() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abcXYZ!@#$&*()_ 0123456789\u00ff\u0080").ofMaxLength(40)
                .map(text -> text + "\r\n");
        return line.list().ofMinSize(1).ofMaxSize(4);
    }

    static String swipe(String pan) {
        return "%B" + pan + "^MARTIN/CAMILLE^2812101000000000000?;" + pan + "=28121010000000000000?\r\n";
    }

}
