package io.smartstore.central.stores;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** What table {@code STORE_CLIENT} knows of a provisioned store beyond its token, for {@link ProvisionedStores}. Only SQL here. */
@Repository
class ProvisionedStoreTable {

    private final JdbcClient jdbc;

    ProvisionedStoreTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void describe(String storeId, String country, String zone, String clientCertificateSha256) {
        jdbc.sql("UPDATE STORE_CLIENT SET COUNTRY = ?, ZONE = ?, CLIENT_CERT_SHA256 = ? WHERE ID = ?")
                .params(country, zone, clientCertificateSha256, storeId).update();
    }

    /** False when there is no such store. */
    boolean bind(String storeId, String sha256) {
        return jdbc.sql("UPDATE STORE_CLIENT SET CLIENT_CERT_SHA256 = ? WHERE ID = ?").params(sha256, storeId).update() > 0;
    }

    Optional<ProvisionedStores.Store> find(String storeId) {
        return jdbc.sql("SELECT ID, COUNTRY, ZONE, CLIENT_CERT_SHA256 FROM STORE_CLIENT WHERE ID = ?").param(storeId)
                .query((row, n) -> new ProvisionedStores.Store(row.getString(1), row.getString(2), row.getString(3), row.getString(4))).optional();
    }
}
