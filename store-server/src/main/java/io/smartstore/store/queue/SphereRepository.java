package io.smartstore.store.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The spheres of use in the SPHERE table, in their order. */
@Repository
class SphereRepository {

    private final JdbcClient jdbc;

    SphereRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SphereCatalogue.Sphere> all() {
        return jdbc.sql("SELECT CODE, LABEL FROM SPHERE ORDER BY POSITION").query(SphereCatalogue.Sphere.class).list();
    }
}
