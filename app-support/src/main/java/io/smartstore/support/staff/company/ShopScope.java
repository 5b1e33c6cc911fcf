package io.smartstore.support.staff.company;

/**
 * The shop an app serves, for company sign-in: a store declares its id, so only people whose
 * stores claim holds it (or {@code *}) get in. Headquarters declares none: anyone with a role.
 */
public record ShopScope(String storeId) {

    public ShopScope {
        if (storeId == null || storeId.isBlank()) {
            throw new IllegalArgumentException("a shop scope needs the store's id");
        }
    }
}
