package io.smartstore.support.staff;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;
import io.smartstore.support.apidocs.Refuses;
import io.swagger.v3.oas.annotations.Operation;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An app's people (admin): {@code POST /api/v1/staff} creates an account with the app's roles
 * (an adviser or a manager at a store, an analyst at central),
 * {@code PUT /api/v1/staff/{username}/password} resets a password, {@code DELETE
 * /api/v1/staff/{username}} deactivates an account. No self-registration.
 */
@CalledBy(value = Caller.STAFF, roles = {"ADMIN"})
@RestController
public class StaffAccountsController {

    private final StaffAccounts accounts;

    public StaffAccountsController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "createStaff", summary = "Create a staff account", description = "A person with the app's roles (an adviser or a manager at a store, an analyst at central).")
    @Refuses({ProblemCode.STAFF_EXISTS})
    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @RefusedAs(ProblemCode.INVALID_STAFF)
    void create(@Valid @RequestBody NewAccount account) {
        accounts.create(account);
    }

    @Operation(summary = "Reset a password", description = "The person signs in with the new password from now on.")
    @Refuses({ProblemCode.UNKNOWN_STAFF})
    @PutMapping("/api/v1/staff/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_STAFF)
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewAccount.NewPassword body) {
        accounts.resetPassword(username, body.password());
    }

    @Operation(summary = "Deactivate an account", description = "The person can no longer sign in; what they did stays in the audit trail.")
    @Refuses({ProblemCode.UNKNOWN_STAFF})
    @DeleteMapping("/api/v1/staff/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable String username) {
        accounts.deactivate(username);
    }
}
