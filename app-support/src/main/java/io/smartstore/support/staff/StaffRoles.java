package io.smartstore.support.staff;

import java.util.List;

/** The staff roles of an app (store: ADVISER, MANAGER, ADMIN; central: ANALYST, ADMIN): the first admin gets them all. */
public record StaffRoles(List<String> all) {

    public StaffRoles {
        all = List.copyOf(all);
    }
}
