package io.smartstore.support.staff;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;

/**
 * An app's people: creating an account with the app's own roles, resetting a password,
 * deactivating someone who left. Refusals carry their code; the fields' shapes are checked
 * before ({@link NewAccount}'s constraints).
 */
public class StaffAccounts {

    private final StaffUsers staff;
    private final StaffRoles roles;

    public StaffAccounts(StaffUsers staff, StaffRoles roles) {
        this.staff = staff;
        this.roles = roles;
    }

    public void create(NewAccount account) {
        if (!roles.all().containsAll(account.roles())) {
            throw new Refusal(ProblemCode.INVALID_STAFF, "roles are one or more of " + String.join(", ", roles.all()));
        }
        if (staff.exists(account.username())) {
            throw new Refusal(ProblemCode.STAFF_EXISTS, "There is already an account with this username");
        }
        staff.add(account.username(), account.password(), account.roles().stream().distinct().toList(), account.displayName().strip(),
                account.email() == null || account.email().isBlank() ? null : account.email().strip());
    }

    public void resetPassword(String username, String password) {
        if (!staff.setPassword(username, password)) {
            throw unknown();
        }
    }

    public void deactivate(String username) {
        if (!staff.deactivate(username)) {
            throw unknown();
        }
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.UNKNOWN_STAFF, "No such account");
    }
}
