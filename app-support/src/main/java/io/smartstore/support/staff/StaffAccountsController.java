package io.smartstore.support.staff;

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
@RestController
public class StaffAccountsController {

    private final StaffAccounts accounts;

    public StaffAccountsController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @RefusedAs(ProblemCode.INVALID_STAFF)
    void create(@Valid @RequestBody NewAccount account) {
        accounts.create(account);
    }

    @PutMapping("/api/v1/staff/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RefusedAs(ProblemCode.INVALID_STAFF)
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewAccount.NewPassword body) {
        accounts.resetPassword(username, body.password());
    }

    @DeleteMapping("/api/v1/staff/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable String username) {
        accounts.deactivate(username);
    }
}
