package io.smartstore.store.floor;

import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.DeskIdentification;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reached the floor view's recognition field, as a desk identification: a desk reader in keyboard mode types a
 * card's stripe (track 1 or 2, or the number alone), an NFC reader the tag's UID in hex, a code scanner the app's code;
 * an adviser types the customer's reference and gives their date of birth.
 */
final class DeskInput {

    private static final Pattern TRACK2 = Pattern.compile(";?(\\d{12,19})=\\d*\\??.*");
    private static final Pattern TRACK1 = Pattern.compile("%?B(\\d{12,19})\\^.*");
    private static final Pattern CARD = Pattern.compile("\\d{12,19}");
    private static final Pattern NFC_UID = Pattern.compile("(?i)[0-9a-f]{2}(?:[:\\s-]?[0-9a-f]{2}){3,9}");

    private DeskInput() {
    }

    static DeskIdentification of(String typed, LocalDate birthDate) {
        String text = typed == null ? "" : typed.strip();
        if (birthDate != null) {
            return new DeskIdentification(CredentialMethod.REFERENCE, text, birthDate.toString());
        }
        for (Pattern stripe : new Pattern[]{TRACK2, TRACK1}) {
            Matcher card = stripe.matcher(text);
            if (card.matches()) {
                return new DeskIdentification(CredentialMethod.CARD, card.group(1), null);
            }
        }
        if (CARD.matcher(text).matches()) {
            return new DeskIdentification(CredentialMethod.CARD, text, null);
        }
        if (NFC_UID.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
            return new DeskIdentification(CredentialMethod.NFC, text, null);
        }
        // an app code is long and dotted; anything else is a reference, which needs its check
        return new DeskIdentification(text.length() > 64 || text.contains(".") ? CredentialMethod.QR : CredentialMethod.REFERENCE, text, null);
    }
}
