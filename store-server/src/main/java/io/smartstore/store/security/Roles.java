package io.smartstore.store.security;

/** The roles of the store server: three for staff, one for kiosks. */
public final class Roles {

    public static final String ADVISER = "ADVISER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String KIOSK = "KIOSK";

    private Roles() {
    }
}
