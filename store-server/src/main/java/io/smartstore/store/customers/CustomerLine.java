package io.smartstore.store.customers;

import io.smartstore.store.StoreSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer of the CRM export, as imported. {@code birthDate} (optional) is the check an adviser asks for when
 * recognising the customer by their reference at the desk; it is kept only as a keyed hash. {@code phone} (optional)
 * is their mobile number in international form ({@code +33612345678}), for the texts they may ask for at the kiosk.
 */
public record CustomerLine(String ref, String firstName, String language, String segment,
                           List<String> cards, List<String> nfcUids, List<HistoryLine> history, LocalDate birthDate, String phone) {

    /** A mobile number in international form (E.164): a plus, then 8 to 15 digits. */
    static final String PHONE = "\\+[1-9][0-9]{7,14}";

    public CustomerLine {
        cards = cards == null ? List.of() : cards;
        nfcUids = nfcUids == null ? List.of() : nfcUids;
        history = history == null ? List.of() : history;
    }

    public CustomerLine(String ref, String firstName, String language, String segment, List<String> cards, List<String> nfcUids,
                        List<HistoryLine> history) {
        this(ref, firstName, language, segment, cards, nfcUids, history, null, null);
    }

    public CustomerLine(String ref, String firstName, String language, String segment, List<String> cards, List<String> nfcUids,
                        List<HistoryLine> history, LocalDate birthDate) {
        this(ref, firstName, language, segment, cards, nfcUids, history, birthDate, null);
    }

    public record HistoryLine(String sphere, LocalDate date, String kind, String title, String status, LocalDate endsOn) {
    }

    /** What is wrong with this line, in plain words; empty when it can be imported. */
    List<String> problems(StoreSettings.CheckDigit checkDigit) {
        List<String> problems = new ArrayList<>();
        if (ref == null || !ref.matches("[A-Za-z0-9_-]{1,64}")) {
            problems.add("ref must be 1 to 64 letters, digits, dashes or underscores");
        }
        if (firstName == null || firstName.isBlank() || firstName.length() > 100) {
            problems.add("firstName is required (at most 100 characters)");
        }
        if (language != null && !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            problems.add("language must be a code such as fr or pt-BR");
        }
        if (phone != null && !phone.matches(PHONE)) {
            problems.add("phone must be a mobile number in international form such as +33612345678");
        }
        if (segment != null && !segment.matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add("segment must be an upper-case code such as CONSUMER");
        }
        if (cards.stream().anyMatch(card -> !Credential.isCardNumber(card, checkDigit))) {
            problems.add(checkDigit == StoreSettings.CheckDigit.LUHN ? "a card number is 12 to 19 digits with a valid check digit"
                    : "a card number is 12 to 19 digits");
        }
        if (nfcUids.stream().anyMatch(uid -> !Credential.isNfcUid(uid))) {
            problems.add("an NFC UID is 4 to 10 bytes in hex");
        }
        for (HistoryLine item : history) {
            if (item == null || item.sphere() == null || !item.sphere().matches("[A-Z][A-Z0-9_]{0,39}")
                    || item.date() == null || item.kind() == null || !item.kind().matches("PRODUCT|VISIT|REQUEST")
                    || item.title() == null || item.title().isBlank() || item.title().length() > 200) {
                problems.add("each history item needs a sphere, a date, a kind (PRODUCT, VISIT or REQUEST) and a title");
                break;
            }
        }
        return problems;
    }
}
