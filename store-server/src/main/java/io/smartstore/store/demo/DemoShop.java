package io.smartstore.store.demo;

import io.smartstore.store.customers.CustomerImport;
import io.smartstore.support.staff.StaffUsers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo profile's shop: a dozen customers with cards and history, and a manager and an adviser to log in as. */
@Component
@Profile("demo")
@Order(1)
class DemoShop implements ApplicationRunner {

    private final CustomerImport customerImport;
    private final StaffUsers users;

    private final String managerPassword;
    private final String adviserPassword;

    /** The passwords come with the demo's configuration (demo/store-server), never from the jar. */
    DemoShop(CustomerImport customerImport, StaffUsers users, @Value("${smartstore.demo.manager-password}") String managerPassword,
             @Value("${smartstore.demo.adviser-password}") String adviserPassword) {
        this.customerImport = customerImport;
        this.users = users;
        this.managerPassword = managerPassword;
        this.adviserPassword = adviserPassword;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/customers.ndjson").getInputStream(), StandardCharsets.UTF_8))) {
            customerImport.importLines(lines);
        }
        if (!users.exists("manager")) {
            users.add("manager", managerPassword, List.of("MANAGER"), "Nina", "nina@demo-shop.example");
        }
        if (!users.exists("adviser")) {
            users.add("adviser", adviserPassword, List.of("ADVISER"), "Léa", null);
        }
    }
}
