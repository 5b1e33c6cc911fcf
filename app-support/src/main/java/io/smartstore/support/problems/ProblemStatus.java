package io.smartstore.support.problems;

import io.smartstore.protocol.wire.ProblemCode;
import org.springframework.http.HttpStatus;

/** The HTTP status of each refusal's code (api.md): the one place where the domain's refusals meet HTTP. */
public final class ProblemStatus {

    private ProblemStatus() {
    }

    public static HttpStatus of(ProblemCode code) {
        return switch (code) {
            case UNKNOWN_CUSTOMER, UNKNOWN_TICKET, UNKNOWN_STAFF, UNKNOWN_WEBHOOK, QUEUE_EMPTY, ANONYMOUS, NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_CREDENTIAL, CARD_NOT_ACCEPTED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REPLAYED, UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case ILLEGAL_TRANSITION, NOT_YOUR_TICKET, TICKET_RECOGNISED, NO_PHONE_NUMBER, STAFF_EXISTS, STORE_EXISTS, KIOSK_EXISTS, BACKUP_ELSEWHERE -> HttpStatus.CONFLICT;
            case STORE_MISMATCH, CLIENT_CERTIFICATE_MISMATCH, FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case TOKEN_ISSUER_NOT_CONFIGURED -> HttpStatus.SERVICE_UNAVAILABLE;
            case PAYLOAD_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case INVALID_BATCH, INVALID_TICKET_REQUEST, INVALID_CALL, INVALID_DUTY, INVALID_STAFF, INVALID_SESSION, INVALID_LANGUAGE,
                 INVALID_PERIOD, INVALID_COUNTRY, INVALID_CUSTOMER_BASE, INVALID_BENCHMARK, INVALID_STORE, INVALID_KIOSK,
                 INVALID_CUSTOMER_REF, INVALID_WEBHOOK, INVALID_HEARTBEAT, INVALID_FLEET_REPORT, MALFORMED_REQUEST -> HttpStatus.BAD_REQUEST;
        };
    }
}
