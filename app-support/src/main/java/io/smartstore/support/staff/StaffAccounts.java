package io.smartstore.support.staff;

import jakarta.annotation.security.RolesAllowed;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;

/**
 * An app's people: creating an account with the app's own roles, resetting a password,
 * deactivating someone who left. Refusals carry their code; the fields' shapes are checked
 * before ({@link NewAccount}'s constraints). Each change is in the audit trail.
 */
public class StaffAccounts {

    private final StaffUsers staff;
    private final StaffRoles roles;
    private final AuditTrail audit;

    public StaffAccounts(StaffUsers staff, StaffRoles roles, AuditTrail audit) {
        this.staff = staff;
        this.roles = roles;
        this.audit = audit;
    }

    @RolesAllowed("ADMIN")
    public void create(NewAccount account) {
        if (!roles.all().containsAll(account.roles())) {
            throw new Refusal(ProblemCode.INVALID_STAFF, "roles are one or more of " + String.join(", ", roles.all()));
        }
        if (staff.exists(account.username())) {
            throw new Refusal(ProblemCode.STAFF_EXISTS, "There is already an account with this username");
        }
        staff.add(account.username(), account.password(), account.roles().stream().distinct().toList(), account.displayName().strip(),
                account.email() == null || account.email().isBlank() ? null : account.email().strip());
        audit.record(AuditAction.STAFF_CREATED, account.username() + " " + account.roles());
    }

    @RolesAllowed("ADMIN")
    public void resetPassword(String username, String password) {
        if (!staff.setPassword(username, password)) {
            throw unknown();
        }
        audit.record(AuditAction.STAFF_PASSWORD_CHANGED, username);
    }

    @RolesAllowed("ADMIN")
    public void deactivate(String username) {
        if (!staff.deactivate(username)) {
            throw unknown();
        }
        audit.record(AuditAction.STAFF_DEACTIVATED, username);
    }

    private static Refusal unknown() {
        return new Refusal(ProblemCode.UNKNOWN_STAFF, "No such account");
    }
}
