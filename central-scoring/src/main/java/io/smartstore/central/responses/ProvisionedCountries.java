package io.smartstore.central.responses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The country each store was provisioned in (table {@code STORE_CLIENT}), for {@link StoreOrigin}. Only SQL here. */
@Repository
class ProvisionedCountries {

    private final JdbcClient jdbc;

    ProvisionedCountries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(String storeId) {
        return jdbc.sql("SELECT COUNTRY FROM STORE_CLIENT WHERE ID = ?").param(storeId).query(String.class).optional();
    }
}
