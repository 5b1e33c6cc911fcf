package io.smartstore.devices.nfc;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.FrameDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same card is the same UID whichever way a reader prints it. */
class UidFormatTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "HEX, 00:bc:61:4e",
            "HEX, 00BC614E",
            "HEX_REVERSED, 4E:61:BC:00",
            "HEX_REVERSED, 4e61bc00",
            "DECIMAL, 0012345678",
            "DECIMAL, 12345678",
    })
    void everyFormatGivesTheCanonicalHex(UidFormat format, String printed) {
        assertThat(format.canonical(printed).hex()).isEqualTo("00BC614E");
    }

    @Test
    void aDecimalUidIsFourBytesAtMost() {
        assertThat(UidFormat.DECIMAL.canonical("4294967295").hex()).isEqualTo("FFFFFFFF");
        assertThatThrownBy(() -> UidFormat.DECIMAL.canonical("4294967296")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UidFormat.DECIMAL.canonical("00BC614E")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextReaderPrintingDecimalReportsTheCanonicalUid() {
        TextUidDecoder decoder = new TextUidDecoder(UidFormat.DECIMAL, Duration.ZERO, System::nanoTime);
        List<TagRead> reads = new ArrayList<>();
        List<DeviceError> errors = new ArrayList<>();
        decoder.decode("0012345678\r\nnot a uid\r\n".getBytes(StandardCharsets.US_ASCII), new FrameDecoder.Sink<>() {
            @Override
            public void frame(TagRead frame) {
                reads.add(frame);
            }

            @Override
            public void error(DeviceError error) {
                errors.add(error);
            }
        });
        assertThat(reads).extracting(read -> read.uid().hex()).containsExactly("00BC614E");
        assertThat(errors).hasSize(1);
    }
}
