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
    /** Each sphere's label by its code, in the catalogue's order. */
    public java.util.Map<String, String> labels() {
        return all().stream().collect(java.util.stream.Collectors.toMap(Sphere::code, Sphere::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public record Sphere(String code, String label) {
    }
}
