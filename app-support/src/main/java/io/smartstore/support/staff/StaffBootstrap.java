package io.smartstore.support.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/** At first start with no users: creates {@code admin} with every role of the app and the configured password. */
@Order(0)
public class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);
    private final StaffUsers users;
    private final StaffRoles roles;
    private final String adminPassword;

    public StaffBootstrap(StaffUsers users, StaffRoles roles, String adminPassword) {
        this.users = users;
        this.roles = roles;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminPassword.isBlank() && users.none()) {
            users.add("admin", adminPassword, roles.all());
            log.info("created the first user, admin");
        }
    }
}
