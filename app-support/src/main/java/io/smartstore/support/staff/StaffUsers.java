package io.smartstore.support.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * Staff accounts in table {@code STAFF_USER}: passwords kept hashed (bcrypt), roles one row
 * each in {@code STAFF_ROLE}, the name customers and colleagues see, an optional e-mail. A deactivated
 * account cannot sign in; accounts are never deleted (visits and answers name them).
 */
public class StaffUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final boolean localSignIn;

    /** {@code localSignIn} false: no account of this app signs in (everyone uses the company's provider). */
    public StaffUsers(JdbcClient jdbc, PasswordEncoder encoder, boolean localSignIn) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.localSignIn = localSignIn;
    }

    public boolean localSignIn() {
        return localSignIn;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, boolean active) {
        }
        if (!localSignIn) {
            throw new UsernameNotFoundException("local accounts are off");
        }
        Row row = jdbc.sql("SELECT USERNAME, PASSWORD_HASH, ACTIVE FROM STAFF_USER WHERE USERNAME = ?")
                .param(username).query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.passwordHash())
                .roles(rolesOf(username).toArray(String[]::new)).disabled(!row.active()).build();
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER").query(Integer.class).single() == 0;
    }

    public void add(String username, String password, List<String> roles) {
        add(username, password, roles, null, null);
    }

    @org.springframework.transaction.annotation.Transactional
    public void add(String username, String password, List<String> roles, String displayName, String email) {
        jdbc.sql("INSERT INTO STAFF_USER (USERNAME, PASSWORD_HASH, DISPLAY_NAME, EMAIL, ACTIVE) VALUES (?, ?, ?, ?, TRUE)")
                .params(username, encoder.encode(password), displayName, email).update();
        roles.stream().distinct().forEach(role ->
                jdbc.sql("INSERT INTO STAFF_ROLE (USERNAME, POSITION, ROLE) VALUES (?, ?, ?)").params(username, roles.indexOf(role), role).update());
    }

    private List<String> rolesOf(String username) {
        return jdbc.sql("SELECT ROLE FROM STAFF_ROLE WHERE USERNAME = ? ORDER BY POSITION").param(username).query(String.class).list();
    }

    /** The name others see: the display name, else the username. */
    public String displayNameOf(String username) {
        return jdbc.sql("SELECT COALESCE(DISPLAY_NAME, USERNAME) FROM STAFF_USER WHERE USERNAME = ?").param(username)
                .query(String.class).optional().orElse(username);
    }

    public boolean setPassword(String username, String password) {
        return jdbc.sql("UPDATE STAFF_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?").params(encoder.encode(password), username).update() == 1;
    }

    /** Deactivates an account: it can no longer sign in; false when there is no such account. */
    public boolean deactivate(String username) {
        return jdbc.sql("UPDATE STAFF_USER SET ACTIVE = FALSE WHERE USERNAME = ?").param(username).update() == 1;
    }

    public List<Account> all() {
        java.util.Map<String, List<String>> roles = new java.util.HashMap<>();
        jdbc.sql("SELECT USERNAME, ROLE FROM STAFF_ROLE ORDER BY USERNAME, POSITION")
                .query(rs -> {
                    roles.computeIfAbsent(rs.getString(1), user -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT USERNAME, DISPLAY_NAME, EMAIL, ACTIVE FROM STAFF_USER ORDER BY USERNAME")
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), roles.getOrDefault(rs.getString(1), List.of()),
                        rs.getBoolean(4))).list();
    }

    /** A staff account as an admin page lists it (never its password). */
    public record Account(String username, String displayName, String email, List<String> roles, boolean active) {
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER WHERE USERNAME = ?").param(username).query(Integer.class).single() > 0;
    }
}
