package io.smartstore.central.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The bootstrap keys of api.md: the first admin when there are no users yet, and a
 * store ({@code smartstore.bootstrap.store-id}) with a configured token when it is not enrolled yet.
 */
@Component
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);
    private final StaffUsers users;
    private final Stores stores;
    private final String adminPassword;
    private final String storeId;
    private final String storeToken;

    Bootstrap(StaffUsers users, Stores stores,
              @Value("${smartstore.bootstrap.admin-password:}") String adminPassword,
              @Value("${smartstore.bootstrap.store-id:FR-PARIS-01}") String storeId,
              @Value("${smartstore.bootstrap.store-token:}") String storeToken) {
        this.users = users;
        this.stores = stores;
        this.adminPassword = adminPassword;
        this.storeId = storeId;
        this.storeToken = storeToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminPassword.isBlank() && users.none()) {
            users.add("admin", adminPassword, StaffUsers.allRoles());
            log.info("created the first user, admin");
        }
        if (!storeToken.isBlank() && !stores.isEnrolled(storeId)) {
            stores.enrol(storeId, storeToken);
            log.info("enrolled store {}", storeId);
        }
    }
}
