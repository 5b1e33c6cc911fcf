package io.smartstore.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static io.smartstore.store.StoreApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A loyalty programme whose card numbers carry no Luhn digit ({@code smartstore.cards.check-digit=NONE}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/test-db/no-check-digit-${random.uuid}", "smartstore.cards.check-digit=NONE"})
@ActiveProfiles("test")
class CardsWithoutCheckDigitTest {

    static final String GIFT_CARD = "6280001234567897"; // its last digit is not a Luhn check digit

    @LocalServerPort
    int port;

    @Test
    void aCardWithoutACheckDigitIsImportedAndRecognisedButABankCardIsStillRefused() {
        Api api = new Api(port);
        HttpResponse<String> imported = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-50\",\"firstName\":\"Nadia\",\"cards\":[\"" + GIFT_CARD + "\"]}");
        assertThat(JsonMapper.shared().readTree(imported.body()).path("imported").asInt()).isEqualTo(1);

        HttpResponse<String> recognised = identify(api, GIFT_CARD);
        assertThat(recognised.statusCode()).isEqualTo(200);
        JsonNode customer = JsonMapper.shared().readTree(recognised.body()).path("customer");
        assertThat(customer.path("firstName").asString()).isEqualTo("Nadia");

        assertProblem(identify(api, "4111111111111111"), 422, "card_not_accepted");
        assertProblem(identify(api, "62800012345"), 422, "invalid_credential");
    }

    private static HttpResponse<String> identify(Api api, String card) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"CARD\",\"credential\":\"%s\"}".formatted(card));
    }
}
