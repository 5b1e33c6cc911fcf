package io.smartstore.central.apidocs;

import io.smartstore.central.Api;
import io.smartstore.clients.central.ApiClient;
import io.smartstore.clients.central.ApiException;
import io.smartstore.clients.central.api.LeadershipApi;
import io.smartstore.clients.central.api.ResponsesApi;
import io.smartstore.clients.central.api.ScoresApi;
import io.smartstore.clients.central.api.StoresApi;
import io.smartstore.clients.central.model.BatchReceipt;
import io.smartstore.clients.central.model.Leadership;
import io.smartstore.clients.central.model.ScoredResponse;
import io.smartstore.clients.central.model.ScoredResponseBatch;
import io.smartstore.clients.central.model.Scores;
import io.smartstore.clients.central.model.StoreRanking;
import io.smartstore.clients.central.model.StoresControllerNewStore;
import io.smartstore.clients.central.model.StoresControllerStoreRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Headquarters through the client OpenAPI Generator made from docs/api/central-openapi.json (which ApiDocumentTest keeps
 * equal to what central serves): provision a store, which sends its answers, then read the scores, the leadership and
 * the ranking. A document that drifted from the code breaks this scenario.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // the contract is the code's, whatever the database: run once, on H2
class CentralClientScenarioTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    @LocalServerPort
    int port;

    @Test
    void aStoreProvisionedSendsItsAnswersAndHeadquartersReadsScoresLeadershipAndRanking() throws Exception {
        ApiClient admin = client(Api.basic("admin", "admin-test"));
        String storeId = "FR-GEN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        StoresControllerNewStore store = new StoresApi(admin).provision(new StoresControllerStoreRequest().storeId(storeId).country("FR").zone("Europe/Paris"));
        assertThat(store.getStoreId()).isEqualTo(storeId);
        assertThat(store.getToken()).isNotBlank();

        List<ScoredResponse> answers = new ArrayList<>();
        for (int score : new int[]{10, 9, 9, 7, 3}) {
            answers.add(new ScoredResponse().id(UUID.randomUUID()).segment("CONSUMER").sphere("HOME").score(score)
                    .answeredAt(OffsetDateTime.of(DAY.atTime(11, 0), ZoneOffset.UTC))._localDate(DAY).recognised(true));
        }
        BatchReceipt receipt = new ResponsesApi(client("Bearer " + store.getToken()))
                .receive(new ScoredResponseBatch().storeId(storeId).country("FR").responses(answers));
        assertThat(receipt.getAccepted()).hasSize(5);

        Scores scores = new ScoresApi(admin).scores(DAY, DAY, "FR");
        assertThat(scores.getCountries()).singleElement().satisfies(france -> {
            assertThat(france.getCountry()).isEqualTo("FR");
            assertThat(france.getResponses()).isGreaterThanOrEqualTo(5);
        });

        Leadership leadership = new LeadershipApi(admin).leadership(DAY, DAY);
        assertThat(leadership.getFrom()).isEqualTo(DAY);

        StoreRanking ranking = new io.smartstore.clients.central.api.StoresApi(admin).ranking(DAY, DAY, "FR");
        assertThat(Stream.concat(ranking.getRanked().stream(), ranking.getIndicative().stream()))
                .filteredOn(row -> storeId.equals(row.getStoreId())).singleElement()
                .satisfies(row -> assertThat(row.getResponses()).isEqualTo(5));

        assertThatThrownBy(() -> new StoresApi(admin).provision(new StoresControllerStoreRequest().storeId(storeId).country("FR").zone("Europe/Paris")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(409);
                    assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(refused.getResponseBody()).path("code").asString())
                    .isEqualTo("store_exists");
                });
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }
}
