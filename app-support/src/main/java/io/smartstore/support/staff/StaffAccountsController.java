package io.smartstore.support.staff;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.support.problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * An app's people (admin): {@code POST /api/v1/staff} creates an account with the app's roles
 * (an adviser or a manager at a store, an analyst at central),
 * {@code PUT /api/v1/staff/{username}/password} resets a password, {@code DELETE
 * /api/v1/staff/{username}} deactivates an account. No self-registration.
 */
@RestController
public class StaffAccountsController {

    public static final int MIN_PASSWORD = 10;
    private final StaffUsers staff;
    private final StaffRoles roles;

    public StaffAccountsController(StaffUsers staff, StaffRoles roles) {
        this.staff = staff;
        this.roles = roles;
    }

    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    void create(@RequestBody NewAccount account) {
        List<String> problems = account == null ? List.of("an account is required") : account.problems(roles.all());
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_STAFF, String.join("; ", problems));
        }
        if (staff.exists(account.username())) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemCode.STAFF_EXISTS, "There is already an account with this username");
        }
        staff.add(account.username(), account.password(), account.roles(), account.displayName().strip(),
                account.email() == null || account.email().isBlank() ? null : account.email().strip());
    }

    @PutMapping("/api/v1/staff/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
        if (body == null || body.password() == null || body.password().length() < MIN_PASSWORD || body.password().length() > 200) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.INVALID_STAFF, "A password has " + MIN_PASSWORD + " to 200 characters");
        }
        if (!staff.setPassword(username, body.password())) {
            throw unknown();
        }
    }

    @DeleteMapping("/api/v1/staff/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable String username) {
        if (!staff.deactivate(username)) {
            throw unknown();
        }
    }

    private static ApiProblem unknown() {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.UNKNOWN_STAFF, "No such account");
    }

    public record NewAccount(String username, String password, List<String> roles, String displayName, String email) {

        /** What is wrong with this account, in words; {@code known} are the app's roles. */
        public List<String> problems(List<String> known) {
            List<String> problems = new java.util.ArrayList<>();
            if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
                problems.add("username is 2 to 64 lower-case letters, digits, dots, dashes or underscores");
            }
            if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
                problems.add("password has " + MIN_PASSWORD + " to 200 characters");
            }
            if (roles == null || roles.isEmpty() || !known.containsAll(roles)) {
                problems.add("roles are one or more of " + String.join(", ", known));
            }
            if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
                problems.add("displayName is 1 to 64 characters");
            }
            if (email != null && !email.isBlank() && !email.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}")) {
                problems.add("email is an address such as lea@shop.example");
            }
            return problems;
        }
    }

    record NewPassword(String password) {
    }
}
