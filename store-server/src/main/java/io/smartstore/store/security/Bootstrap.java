package io.smartstore.store.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The bootstrap keys of api.md: the first admin when there are no users yet, and
 * kiosk {@code kiosk-1} with a configured token when it is not enrolled yet.
 */
@Component
@Order(0)
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);
    private final StaffUsers users;
    private final Kiosks kiosks;
    private final String adminPassword;
    private final String kioskToken;

    Bootstrap(StaffUsers users, Kiosks kiosks,
              @Value("${smartstore.bootstrap.admin-password:}") String adminPassword,
              @Value("${smartstore.bootstrap.kiosk-token:}") String kioskToken) {
        this.users = users;
        this.kiosks = kiosks;
        this.adminPassword = adminPassword;
        this.kioskToken = kioskToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminPassword.isBlank() && users.none()) {
            users.add("admin", adminPassword, StaffUsers.allRoles());
            log.info("created the first user, admin");
        }
        if (!kioskToken.isBlank() && !kiosks.isEnrolled("kiosk-1")) {
            kiosks.enrol("kiosk-1", kioskToken);
            log.info("enrolled kiosk-1");
        }
    }
}
