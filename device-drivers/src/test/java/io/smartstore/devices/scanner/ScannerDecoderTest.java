package io.smartstore.devices.scanner;

import io.smartstore.devices.Recorder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ScannerDecoderTest {

    @Test
    void aPlainScanEndsWithItsSuffix() {
        Recorder<Scan> recorder = decode(ScannerSettings.DEFAULT, "SMRT1.AbC-_09\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(recorder.data).containsExactly(new Scan("SMRT1.AbC-_09", Symbology.UNKNOWN));
    }

    @Test
    void prefixSuffixAndAimIdentifierAreRemovedAndTheSymbologyKept() {
        ScannerSettings settings = ScannerSettings.DEFAULT.withPrefix("\u0002").withSuffix("\r\n").withAimIdentifier(true);
        Recorder<Scan> recorder = decode(settings, "\u0002]Q1HELLO\r\n\u0002]E04006381333931\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(recorder.data).containsExactly(new Scan("HELLO", Symbology.QR_CODE), new Scan("4006381333931", Symbology.EAN_UPC));
    }

    @Test
    void theConfiguredCharsetIsHonouredAndMalformedTextRefused() {
        ScannerSettings latin1 = ScannerSettings.DEFAULT.withCharset(Charset.forName("ISO-8859-1"));
        assertThat(decode(latin1, new byte[]{'J', 'o', 's', (byte) 0xe9, '\r'}).data).containsExactly(new Scan("José", Symbology.UNKNOWN));

        Recorder<Scan> utf8 = decode(ScannerSettings.DEFAULT, new byte[]{'J', 'o', 's', (byte) 0xe9, '\r', 'o', 'k', 'a', 'y', '\r'});
        assertThat(utf8.errors).extracting(error -> error.code()).containsExactly("bad_charset");
        assertThat(utf8.data).containsExactly(new Scan("okay", Symbology.UNKNOWN));
    }

    @Test
    void aMissingPrefixOrIdentifierAndOversizeScansAreErrors() {
        ScannerSettings settings = new ScannerSettings("#", "\r", true, StandardCharsets.US_ASCII, 16);
        Recorder<Scan> recorder = decode(settings, "#]Q1ok\rno-prefix\r#no-aim\r#]Q1" + "x".repeat(40) + "\r#]Q1fine\r");
        assertThat(recorder.data).extracting(Scan::text).containsExactly("ok", "fine");
        assertThat(recorder.errors).extracting(error -> error.code()).containsExactly("garbage", "garbage", "oversize");
    }

    @Test
    void aScanNeverShowsItsTextWhenPrinted() {
        assertThat(new Scan("SECRET-TOKEN", Symbology.QR_CODE).toString()).doesNotContain("SECRET");
    }

    @Property
    void anyTextComesThroughWhateverTheChunking(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 120) String text,
                                                @ForAll @IntRange(min = 1, max = 9) int chunk) {
        ScannerSettings settings = ScannerSettings.DEFAULT.withPrefix("]]").withSuffix("\r\n").withAimIdentifier(true);
        byte[] bytes = ("]]]Q1" + text + "\r\n").getBytes(StandardCharsets.UTF_8);
        Recorder<Scan> recorder = new Recorder<>();
        ScannerDecoder decoder = new ScannerDecoder(settings);
        for (int i = 0; i < bytes.length; i += chunk) {
            decoder.decode(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + chunk)), recorder);
        }
        assertThat(recorder.data).containsExactly(new Scan(text, Symbology.QR_CODE));
    }

    private static Recorder<Scan> decode(ScannerSettings settings, String text) {
        return decode(settings, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Recorder<Scan> decode(ScannerSettings settings, byte[] bytes) {
        Recorder<Scan> recorder = new Recorder<>();
        new ScannerDecoder(settings).decode(bytes, recorder);
        return recorder;
    }
}
