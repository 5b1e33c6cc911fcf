package io.smartstore.store.queue;

import org.springframework.stereotype.Service;

import java.util.List;

/** The spheres of use as the store configures them (data, not code), in their order. */
@Service
public class SphereCatalogue {

    private final SphereRepository spheres;

    SphereCatalogue(SphereRepository spheres) {
        this.spheres = spheres;
    }

    public List<Sphere> all() {
        return spheres.all();
    }

    /** Each sphere's label by its code, in the catalogue's order. */
    public java.util.Map<String, String> labels() {
        return all().stream().collect(java.util.stream.Collectors.toMap(Sphere::code, Sphere::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** A sphere's code and its label on staff screens. */
    public record Sphere(String code, String label) {
    }
}
