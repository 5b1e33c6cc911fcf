package io.smartstore.central.tokens;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;


/** {@code POST /api/v1/tokens}: a customer's app token, as JSON or as a QR code PNG. */
@RestController
class TokensController {

    private final TokenIssuer issuer;

    TokensController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping(value = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    TokenIssuer.IssuedToken issue(@RequestBody TokenRequest request) {
        return issueFor(request);
    }

    @PostMapping(value = "/api/v1/tokens", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] issueAsQrCode(@RequestBody TokenRequest request) {
        return QrImages.png(issueFor(request).token(), 8);
    }

    private TokenIssuer.IssuedToken issueFor(TokenRequest request) {
        if (request == null || request.customerRef() == null || !request.customerRef().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_CUSTOMER_REF, "customerRef is 1 to 64 letters, digits, dashes or underscores");
        }
        return issuer.issue(request.customerRef()).orElseThrow(() -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCode.TOKEN_ISSUER_NOT_CONFIGURED, "This central has no token key"));
    }

    record TokenRequest(String customerRef) {
    }
}
