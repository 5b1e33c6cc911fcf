package io.smartstore.support.clients;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/** At start: enrols a client with a token chosen by configuration, when it is not enrolled yet (api.md's bootstrap keys). */
public class ClientBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClientBootstrap.class);
    private final EnrolledClients clients;
    private final String id;
    private final String token;

    public ClientBootstrap(EnrolledClients clients, String id, String token) {
        this.clients = clients;
        this.id = id;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!token.isBlank() && !clients.isEnrolled(id)) {
            clients.enrol(id, token);
            log.info("enrolled {}", id);
        }
    }
}
