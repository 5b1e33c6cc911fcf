package io.smartstore.central.stores;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.Formats;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/stores} (admin): provisions a store by script — its id, country and
 * zone — and returns its token once (stored hashed); {@code DELETE /api/v1/stores/{id}/token}
 * revokes it. A provisioned store may send answers only for its own id and country. A store may
 * be bound to its TLS client certificate, at provisioning or by
 * {@code PUT /api/v1/stores/{id}/client-certificate} (see {@code ClientCertificateCheck}).
 */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
class StoresController {

    private final ProvisionedStores stores;

    StoresController(ProvisionedStores stores) {
        this.stores = stores;
    }

    @Operation(summary = "Provision a store", description = "Its id, country and zone; returns its token once (only its hash is kept). The store may then send answers only for its own id and country.")
    @Refuses({ProblemCode.STORE_EXISTS})
    @PostMapping("/api/v1/stores")
    @ResponseStatus(HttpStatus.CREATED)
    @RefusedAs(ProblemCode.INVALID_STORE)
    NewStore provision(@Valid @RequestBody StoreRequest request) {
        return new NewStore(request.storeId(), request.country(), request.zone(), request.clientCertificateSha256(),
                stores.provision(request.storeId(), request.country(), request.zone(), request.clientCertificateSha256()));
    }

    @Operation(summary = "Bind a store to its TLS client certificate", description = "From then on the store must present that certificate as well as its token.")
    @Refuses({ProblemCode.NOT_FOUND})
    @PutMapping("/api/v1/stores/{storeId}/client-certificate")
    @RefusedAs(ProblemCode.INVALID_STORE)
    ProvisionedStores.Store bindClientCertificate(@PathVariable String storeId, @Valid @RequestBody ClientCertificate request) {
        return stores.bindClientCertificate(storeId, request.clientCertificateSha256());
    }

    @Operation(summary = "Revoke a store's token", description = "The store is refused from now on.")
    @Refuses({ProblemCode.NOT_FOUND})
    @DeleteMapping("/api/v1/stores/{storeId}/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String storeId) {
        stores.revoke(storeId);
    }

    record StoreRequest(@NotNull(message = STORE_ID) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = STORE_ID) String storeId,
                        @NotNull(message = COUNTRY) @Pattern(regexp = Formats.COUNTRY, message = COUNTRY) String country,
                        @NotNull(message = ZONE) String zone,
                        @Pattern(regexp = SHA256, message = FINGERPRINT) String clientCertificateSha256) {

        static final String STORE_ID = "storeId is 3 to 40 upper-case letters, digits and dashes, such as ES-MADRID-04";
        static final String COUNTRY = "country is an ISO 3166 two-letter code";
        static final String ZONE = "zone is a time zone such as Europe/Madrid";
    }

    static final String SHA256 = "[0-9a-f]{64}";
    static final String FINGERPRINT = "clientCertificateSha256 is the lower-case hex SHA-256 of the DER certificate (64 characters)";

    record ClientCertificate(@NotNull(message = FINGERPRINT) @Pattern(regexp = SHA256, message = FINGERPRINT) String clientCertificateSha256) {
    }

    /** The token is in this answer only. */
    record NewStore(String storeId, String country, String zone, String clientCertificateSha256, String token) {
    }
}
