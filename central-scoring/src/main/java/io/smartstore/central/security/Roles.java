package io.smartstore.central.security;

/** The roles of central scoring: two for staff, one for stores. */
public final class Roles {

    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String STORE = "STORE";

    private Roles() {
    }
}
