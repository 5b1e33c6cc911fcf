package io.smartstore.central.stores;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * {@code POST /api/v1/stores} (admin): provisions a store by script — its id, country and
 * zone — and returns its token once (stored hashed); {@code DELETE /api/v1/stores/{id}/token}
 * revokes it. A provisioned store may send answers only for its own id and country.
 */
@RestController
class StoresController {

    private final EnrolledClients stores;
    private final JdbcClient jdbc;

    StoresController(EnrolledClients stores, JdbcClient jdbc) {
        this.stores = stores;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/v1/stores")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    NewStore provision(@RequestBody StoreRequest request) {
        if (request == null || request.storeId() == null || !request.storeId().matches("[A-Z0-9][A-Z0-9-]{2,39}")) {
            throw invalid("storeId is 3 to 40 upper-case letters, digits and dashes, such as ES-MADRID-04");
        }
        if (request.country() == null || !request.country().matches("[A-Z]{2}")) {
            throw invalid("country is an ISO 3166 two-letter code");
        }
        try {
            ZoneId.of(request.zone() == null ? "" : request.zone());
        } catch (DateTimeException unknown) {
            throw invalid("zone is a time zone such as Europe/Madrid");
        }
        if (stores.isEnrolled(request.storeId())) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemCode.STORE_EXISTS, "Store " + request.storeId() + " exists already");
        }
        String token = stores.enrolWithNewToken(request.storeId());
        jdbc.sql("UPDATE STORE_CLIENT SET COUNTRY = ?, ZONE = ? WHERE ID = ?").params(request.country(), request.zone(), request.storeId()).update();
        return new NewStore(request.storeId(), request.country(), request.zone(), token);
    }

    @DeleteMapping("/api/v1/stores/{storeId}/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String storeId) {
        if (!stores.revoke(storeId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, "No such store");
        }
    }

    private static ApiProblem invalid(String title) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_STORE, title);
    }

    record StoreRequest(String storeId, String country, String zone) {
    }

    /** The token is in this answer only. */
    record NewStore(String storeId, String country, String zone, String token) {
    }
}
