package io.smartstore.store.security;

import java.security.Principal;

/** An authenticated kiosk, by its id. */
public record KioskPrincipal(String kioskId) implements Principal {

    @Override
    public String getName() {
        return kioskId;
    }
}
