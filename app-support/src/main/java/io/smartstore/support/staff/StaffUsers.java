package io.smartstore.support.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Staff accounts (kept in a {@link StaffUserTable}): passwords kept hashed (bcrypt), roles in order, the name customers and
 * colleagues see, an optional e-mail. A deactivated account cannot sign in; accounts are never deleted (visits and answers
 * name them).
 */
public class StaffUsers implements UserDetailsService {

    private final StaffUserTable table;
    private final PasswordEncoder encoder;
    private final boolean localSignIn;

    /** {@code localSignIn} false: no account of this app signs in (everyone uses the company's provider). */
    public StaffUsers(StaffUserTable table, PasswordEncoder encoder, boolean localSignIn) {
        this.table = table;
        this.encoder = encoder;
        this.localSignIn = localSignIn;
    }

    public boolean localSignIn() {
        return localSignIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!localSignIn) {
            throw new UsernameNotFoundException("local accounts are off");
        }
        StaffUserTable.SignIn row = table.signIn(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.passwordHash())
                .roles(table.rolesOf(username).toArray(String[]::new)).disabled(!row.active()).build();
    }

    public boolean none() {
        return table.count() == 0;
    }

    public void add(String username, String password, List<String> roles) {
        add(username, password, roles, null, null);
    }

    @Transactional
    public void add(String username, String password, List<String> roles, String displayName, String email) {
        table.add(username, encoder.encode(password), roles.stream().distinct().toList(), displayName, email);
    }

    /** The name others see: the display name, else the username. */
    public String displayNameOf(String username) {
        return table.displayNameOf(username).orElse(username);
    }

    public boolean setPassword(String username, String password) {
        return table.setPasswordHash(username, encoder.encode(password));
    }

    /** Deactivates an account: it can no longer sign in; false when there is no such account. */
    public boolean deactivate(String username) {
        return table.deactivate(username);
    }

    public List<Account> all() {
        return table.all();
    }

    /** A staff account as an admin page lists it (never its password). */
    public record Account(String username, String displayName, String email, List<String> roles, boolean active) {
    }

    public boolean exists(String username) {
        return table.exists(username);
    }
}
