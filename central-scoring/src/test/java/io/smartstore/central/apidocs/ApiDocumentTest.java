package io.smartstore.central.apidocs;

import io.smartstore.central.Api;
import io.smartstore.support.testing.ApiDocumentCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Central's OpenAPI document as it serves it: curated (every operation summarised, secured and with its refusals),
 * clean for Redocly's recommended rules, and the same as docs/api/central-openapi.json, which the generated client is
 * built from (CentralClientScenarioTest drives central through it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // the contract is the code's, whatever the database: run once, on H2
class ApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsCuratedLintCleanAndTheOneTheClientIsGeneratedFrom() throws Exception {
        ApiDocumentCheck.check(new Api(port), "central", "Smart Store — central scoring API", "clientToken");
    }
}
