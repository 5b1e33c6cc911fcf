package io.smartstore.support.clients;

import java.security.Principal;

/** An authenticated kiosk or store, by its id. */
public record EnrolledClient(String id) implements Principal {

    @Override
    public String getName() {
        return id;
    }
}
