package io.smartstore.kiosk.journey;

import io.smartstore.protocol.wire.ProblemCode;

/** What the customer reads when the store refuses a read: the one table from the API's codes to the kiosk's messages. */
public final class Refusals {

    private Refusals() {
    }

    public static String messageKey(ProblemCode code) {
        return switch (code) {
            case UNKNOWN_CUSTOMER -> "message.unknown";
            case CARD_NOT_ACCEPTED -> "message.bankCard";
            case INVALID_CREDENTIAL -> "message.badRead";
            case TOKEN_EXPIRED -> "message.expired";
            case TOKEN_REPLAYED -> "message.replayed";
            case TOKEN_INVALID -> "message.tokenInvalid";
            default -> "message.other";
        };
    }
}
