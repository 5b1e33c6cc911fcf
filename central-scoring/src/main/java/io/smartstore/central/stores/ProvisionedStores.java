package io.smartstore.central.stores;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.clients.EnrolledClients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The stores headquarters provisions: each with its id, country and zone, and a token shown once. */
@Service
public class ProvisionedStores {

    private final EnrolledClients clients;
    private final JdbcClient jdbc;

    ProvisionedStores(EnrolledClients clients, JdbcClient jdbc) {
        this.clients = clients;
        this.jdbc = jdbc;
    }

    /** Provisions a store and returns its new token; refused when the id is taken or the zone is no time zone. */
    @Transactional
    public String provision(String storeId, String country, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            throw new Refusal(ProblemCode.INVALID_STORE, "zone is a time zone such as Europe/Madrid");
        }
        if (clients.isEnrolled(storeId)) {
            throw new Refusal(ProblemCode.STORE_EXISTS, "Store " + storeId + " exists already");
        }
        String token = clients.enrolWithNewToken(storeId);
        jdbc.sql("UPDATE STORE_CLIENT SET COUNTRY = ?, ZONE = ? WHERE ID = ?").params(country, zone, storeId).update();
        return token;
    }

    /** Revokes a store's token: its calls are refused from now on. */
    public void revoke(String storeId) {
        if (!clients.revoke(storeId)) {
            throw new Refusal(ProblemCode.NOT_FOUND, "No such store");
        }
    }
}
