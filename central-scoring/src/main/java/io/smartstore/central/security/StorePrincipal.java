package io.smartstore.central.security;

import java.security.Principal;

/** An authenticated store, by its id. */
public record StorePrincipal(String storeId) implements Principal {

    @Override
    public String getName() {
        return storeId;
    }
}
