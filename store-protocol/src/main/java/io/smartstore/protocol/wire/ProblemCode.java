package io.smartstore.protocol.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The stable machine-readable {@code code} of every problem-details response of the API
 * (api.md): what a client may act on, one type on both sides of the wire.
 */
public enum ProblemCode {
    UNKNOWN_CUSTOMER, INVALID_CREDENTIAL, CARD_NOT_ACCEPTED, TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REPLAYED,
    INVALID_BATCH, INVALID_TICKET_REQUEST, UNKNOWN_TICKET, TICKET_RECOGNISED, NO_PHONE_NUMBER, QUEUE_EMPTY, INVALID_CALL, ILLEGAL_TRANSITION, NOT_YOUR_TICKET,
    INVALID_DUTY, INVALID_STAFF, STAFF_EXISTS, UNKNOWN_STAFF, ANONYMOUS,
    INVALID_SESSION, INVALID_LANGUAGE, INVALID_PERIOD, INVALID_COUNTRY, INVALID_CUSTOMER_BASE, INVALID_BENCHMARK, INVALID_STORE, STORE_EXISTS, INVALID_KIOSK, KIOSK_EXISTS, INVALID_HEARTBEAT, INVALID_FLEET_REPORT, BACKUP_ELSEWHERE, INVALID_CUSTOMER_REF, INVALID_WEBHOOK, UNKNOWN_WEBHOOK,
    STORE_MISMATCH, CLIENT_CERTIFICATE_MISMATCH, TOKEN_ISSUER_NOT_CONFIGURED, UNAUTHENTICATED, FORBIDDEN, TOO_MANY_ATTEMPTS, PAYLOAD_TOO_LARGE,
    MALFORMED_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, INTERNAL_ERROR;

    /** As it appears in JSON: {@code unknown_customer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProblemCode> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst();
    }
}
