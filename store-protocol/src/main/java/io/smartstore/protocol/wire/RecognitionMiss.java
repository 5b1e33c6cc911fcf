package io.smartstore.protocol.wire;

import java.util.Optional;

/**
 * Why a session ended without recognising its customer: the day's figures count the sessions
 * never recognised by the last such reason, to show the way to recognising everyone.
 */
public enum RecognitionMiss {
    /** The customer offered nothing to read (went on without signing in). */
    NO_CREDENTIAL,
    /** A card or UID this store does not know. */
    UNKNOWN_CARD,
    /** A card that is not one of the programme's (a bank card, most often). */
    BANK_CARD,
    /** The reader or the camera could not read what was shown. */
    UNREADABLE,
    /** An app code refused: invalid, expired or already used. */
    TOKEN_REFUSED,
    /** An expected reader was not working. */
    READER_FAULT;

    /** For staff pages: "bank card", "reader fault". */
    public String inWords() {
        return switch (this) {
            case NO_CREDENTIAL -> "nothing shown";
            case UNKNOWN_CARD -> "unknown card";
            case BANK_CARD -> "bank card";
            case UNREADABLE -> "unreadable";
            case TOKEN_REFUSED -> "app code refused";
            case READER_FAULT -> "reader fault";
        };
    }

    /** The miss a refused recognition stands for; empty for a refusal that says nothing of the customer. */
    public static Optional<RecognitionMiss> of(ProblemCode refusal) {
        return Optional.ofNullable(switch (refusal) {
            case UNKNOWN_CUSTOMER -> UNKNOWN_CARD;
            case CARD_NOT_ACCEPTED -> BANK_CARD;
            case INVALID_CREDENTIAL -> UNREADABLE;
            case TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REPLAYED -> TOKEN_REFUSED;
            default -> null;
        });
    }
}
