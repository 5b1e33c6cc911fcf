package io.smartstore.store.floor;

import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.DeskIdentification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a desk reader or an adviser types into the floor's recognition field, and how it is read. */
class DeskInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ";6280007770000019=29121010000?        | CARD      | 6280007770000019",
            "%B6280007770000019^DOE/J^2912101?     | CARD      | 6280007770000019",
            "6280007770000019                       | CARD      | 6280007770000019",
            "04:A2:B3:C4:D5:E6:F7                   | NFC       | 04:A2:B3:C4:D5:E6:F7",
            "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJDLTEifQ.c2ln | QR | eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJDLTEifQ.c2ln",
            "C-000123                               | REFERENCE | C-000123"})
    void aReadersTypingIsReadAsWhatItIs(String typed, CredentialMethod method, String credential) {
        DeskIdentification read = DeskInput.of(typed, null);
        assertThat(read.method()).isEqualTo(method);
        assertThat(read.credential()).isEqualTo(credential);
        assertThat(read.check()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"C-000123", "6280007770000019"})
    void withADateOfBirthWhatIsTypedIsAReference(String typed) {
        DeskIdentification read = DeskInput.of(typed, LocalDate.of(1985, 3, 2));
        assertThat(read.method()).isEqualTo(CredentialMethod.REFERENCE);
        assertThat(read.check()).isEqualTo("1985-03-02");
        assertThat(read.toString()).doesNotContain(typed).doesNotContain("1985");
    }
}
