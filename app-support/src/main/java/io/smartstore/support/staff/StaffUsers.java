package io.smartstore.support.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/** Staff accounts in table {@code STAFF_USER}; passwords kept hashed (bcrypt), roles comma-separated. */
public class StaffUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public StaffUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String roles) {
        }
        Row row = jdbc.sql("SELECT USERNAME, PASSWORD_HASH, ROLES FROM STAFF_USER WHERE USERNAME = ?")
                .param(username).query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.passwordHash())
                .roles(row.roles().split(",")).build();
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER").query(Integer.class).single() == 0;
    }

    public void add(String username, String password, List<String> roles) {
        jdbc.sql("INSERT INTO STAFF_USER (USERNAME, PASSWORD_HASH, ROLES) VALUES (?, ?, ?)")
                .params(username, encoder.encode(password), String.join(",", roles)).update();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM STAFF_USER WHERE USERNAME = ?").param(username).query(Integer.class).single() > 0;
    }
}
