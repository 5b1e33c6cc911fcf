package io.smartstore.support.staff;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tables {@code STAFF_USER} and {@code STAFF_ROLE}: load and store the accounts {@link StaffUsers} keeps. Only SQL here. */
public class StaffUserTable {

    private final JdbcClient jdbc;

    public StaffUserTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's sign-in row. */
    record SignIn(String username, String passwordHash, boolean active) {
    }

    Optional<SignIn> signIn(String username) {
        return jdbc.sql("SELECT USERNAME, PASSWORD_HASH, ACTIVE FROM STAFF_USER WHERE USERNAME = ?").param(username).query(SignIn.class).optional();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER").query(Integer.class).single();
    }

    void add(String username, String passwordHash, List<String> roles, String displayName, String email) {
        jdbc.sql("INSERT INTO STAFF_USER (USERNAME, PASSWORD_HASH, DISPLAY_NAME, EMAIL, ACTIVE) VALUES (?, ?, ?, ?, TRUE)")
                .params(username, passwordHash, displayName, email).update();
        for (int position = 0; position < roles.size(); position++) {
            jdbc.sql("INSERT INTO STAFF_ROLE (USERNAME, POSITION, ROLE) VALUES (?, ?, ?)").params(username, position, roles.get(position)).update();
        }
    }

    List<String> rolesOf(String username) {
        return jdbc.sql("SELECT ROLE FROM STAFF_ROLE WHERE USERNAME = ? ORDER BY POSITION").param(username).query(String.class).list();
    }

    Optional<String> displayNameOf(String username) {
        return jdbc.sql("SELECT COALESCE(DISPLAY_NAME, USERNAME) FROM STAFF_USER WHERE USERNAME = ?").param(username).query(String.class).optional();
    }

    boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.sql("UPDATE STAFF_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?").params(passwordHash, username).update() == 1;
    }

    boolean deactivate(String username) {
        return jdbc.sql("UPDATE STAFF_USER SET ACTIVE = FALSE WHERE USERNAME = ?").param(username).update() == 1;
    }

    List<StaffUsers.Account> all() {
        Map<String, List<String>> roles = new HashMap<>();
        jdbc.sql("SELECT USERNAME, ROLE FROM STAFF_ROLE ORDER BY USERNAME, POSITION")
                .query(rs -> {
                    roles.computeIfAbsent(rs.getString(1), user -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT USERNAME, DISPLAY_NAME, EMAIL, ACTIVE FROM STAFF_USER ORDER BY USERNAME")
                .query((rs, i) -> new StaffUsers.Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        roles.getOrDefault(rs.getString(1), List.of()), rs.getBoolean(4))).list();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER WHERE USERNAME = ?").param(username).query(Integer.class).single() > 0;
    }
}
