package io.smartstore.central.tokens;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

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
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
class TokensController {

    private final TokenIssuer issuer;

    TokensController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Operation(operationId = "issueToken", summary = "Issue a customer's app token, as JSON or as a QR code", description = "What the operator's app backend would do: a signed token for the customer's QR code, as JSON or (`Accept: image/png`) as the PNG the app would show.")
    @Refuses({ProblemCode.TOKEN_ISSUER_NOT_CONFIGURED})
    @PostMapping(value = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    @RefusedAs(ProblemCode.INVALID_CUSTOMER_REF)
    TokenIssuer.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
        return issueFor(request);
    }

    @io.swagger.v3.oas.annotations.Hidden // documented with its JSON twin (same path and method; Accept chooses)
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
