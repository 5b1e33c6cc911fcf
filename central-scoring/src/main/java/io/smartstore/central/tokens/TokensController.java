package io.smartstore.central.tokens;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    @RefusedAs(ProblemCode.INVALID_CUSTOMER_REF)
    TokenIssuer.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
        return issueFor(request);
    }

    @PostMapping(value = "/api/v1/tokens", produces = MediaType.IMAGE_PNG_VALUE)
    @RefusedAs(ProblemCode.INVALID_CUSTOMER_REF)
    byte[] issueAsQrCode(@Valid @RequestBody TokenRequest request) {
        return QrImages.png(issueFor(request).token(), 8);
    }

    private TokenIssuer.IssuedToken issueFor(TokenRequest request) {
        return issuer.issue(request.customerRef()).orElseThrow(() -> new Refusal(ProblemCode.TOKEN_ISSUER_NOT_CONFIGURED, "This central has no token key"));
    }

    record TokenRequest(@NotNull(message = REF) @Pattern(regexp = Formats.CUSTOMER_REF, message = REF) String customerRef) {

        static final String REF = "customerRef is 1 to 64 letters, digits, dashes or underscores";
    }
}
