package io.smartstore.support.security;

/** Who calls an operation: an enrolled client (a kiosk at the store, a store at central) by its bearer token, staff, or anyone. */
public enum Caller {
    /** An enrolled client by its bearer token: a kiosk at the store, a store at central. */
    CLIENT,
    /** Staff: HTTP Basic (a local account) or a bearer JWT of the company's OpenID provider. */
    STAFF,
    /** Nobody signed in: a customer's phone. */
    ANYONE
}
