package io.smartstore.store.queue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The spheres of use as the store configures them (data, not code), in their order. */
@Repository
public class SphereCatalogue {

    private final JdbcClient jdbc;

    SphereCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Sphere> all() {
        return jdbc.sql("SELECT CODE, LABEL FROM SPHERE ORDER BY POSITION").query(Sphere.class).list();
    }

    /** A sphere's code and its label on staff screens. */
    public record Sphere(String code, String label) {
    }
}
