package io.smartstore.store.apidocs;

import io.smartstore.clients.store.ApiClient;
import io.smartstore.clients.store.ApiException;
import io.smartstore.clients.store.api.CustomersApi;
import io.smartstore.clients.store.api.FeedbackApi;
import io.smartstore.clients.store.api.FollowupsApi;
import io.smartstore.clients.store.api.QueueApi;
import io.smartstore.clients.store.api.RecognitionApi;
import io.smartstore.clients.store.api.ScoresApi;
import io.smartstore.clients.store.model.BatchReceipt;
import io.smartstore.clients.store.model.DailyScores;
import io.smartstore.clients.store.model.FeedbackBatch;
import io.smartstore.clients.store.model.FeedbackResponse;
import io.smartstore.clients.store.model.FollowUp;
import io.smartstore.clients.store.model.Identification;
import io.smartstore.clients.store.model.IdentificationRequest;
import io.smartstore.clients.store.model.ImportReport;
import io.smartstore.clients.store.model.QueueTicket;
import io.smartstore.clients.store.model.QueueTicketRequest;
import io.smartstore.store.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An integrator's day through the client OpenAPI Generator made from docs/api/store-openapi.json (which ApiDocumentTest
 * keeps equal to what the store serves): import a customer, recognise them at the kiosk, take a ticket, answer, and
 * read the day's scores and the follow-ups. A document that drifted from the code breaks this scenario.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // the contract is the code's, whatever the database: run once, on H2
class StoreClientScenarioTest {

    @LocalServerPort
    int port;

    @Test
    void aCustomerImportedIsRecognisedTakesATicketAnswersAndCountsInTheDayAndTheFollowUps() throws Exception {
        ApiClient admin = client(Api.basic("admin", "admin-test"));
        ApiClient kiosk = client("Bearer " + Api.KIOSK_TOKEN);
        String ref = "C-GEN-" + UUID.randomUUID().toString().substring(0, 8);
        String card = loyaltyCard();

        ImportReport imported = new CustomersApi(admin).importCustomers("""
                {"ref":"%s","firstName":"Inès","language":"fr","segment":"CONSUMER","cards":["%s"]}""".formatted(ref, card));
        assertThat(imported.getImported()).isEqualTo(1);
        assertThat(imported.getRejected()).isEmpty();

        Identification dryRun = new RecognitionApi(kiosk).identify(new IdentificationRequest()
                .method(IdentificationRequest.MethodEnum.CARD).credential(card).session(UUID.randomUUID()), true);
        assertThat(dryRun.getVisitId()).as("a dry run starts no visit").isNull();
        assertThat(dryRun.getCustomer().getFirstName()).isNotEqualTo("Inès");

        Identification recognised = new RecognitionApi(kiosk).identify(new IdentificationRequest()
                .method(IdentificationRequest.MethodEnum.CARD).credential(card).session(UUID.randomUUID()), null);
        assertThat(recognised.getCustomer().getRef()).isEqualTo(ref);
        assertThat(recognised.getCustomer().getFirstName()).isEqualTo("Inès");

        QueueTicket ticket = new QueueApi(kiosk).take(new QueueTicketRequest().visitId(recognised.getVisitId()).sphere("QUILT").language("fr"));
        assertThat(ticket.getTicket()).startsWith("Q-");
        assertThat(ticket.getPosition()).isPositive();
        assertThat(new QueueApi(kiosk).status(ticket.getTicket()).getStatus()).isEqualTo(io.smartstore.clients.store.model.QueueTicket.StatusEnum.WAITING);

        UUID answer = UUID.randomUUID();
        BatchReceipt receipt = new FeedbackApi(kiosk).receive(new FeedbackBatch().responses(List.of(new FeedbackResponse().id(answer)
                .visitId(recognised.getVisitId()).score(4).comment("Too long a wait").answeredAt(OffsetDateTime.now(ZoneOffset.UTC))
                .language("fr").ticket(ticket.getTicket()).consentToContact(true))));
        assertThat(receipt.getAccepted()).containsExactly(answer);

        DailyScores today = new ScoresApi(admin).daily(LocalDate.now(ZoneId.of("Europe/Paris")));
        assertThat(today.getResponses()).isPositive();
        assertThat(today.getDetractors()).isPositive();

        List<FollowUp> open = new FollowupsApi(admin).followUps("OPEN");
        assertThat(open).filteredOn(followUp -> followUp.getCustomer() != null && ref.equals(followUp.getCustomer().getRef()))
                .singleElement().satisfies(followUp -> {
                    assertThat(followUp.getScore()).isEqualTo(4);
                    assertThat(followUp.getComment()).isEqualTo("Too long a wait");
                    assertThat(followUp.getConsentToContact()).isTrue();
                });

        assertThatThrownBy(() -> new QueueApi(kiosk).status("Q-999")).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.getCode()).isEqualTo(404);
            assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(refused.getResponseBody()).path("code").asString())
                    .isEqualTo("unknown_ticket");
        });
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    /** A loyalty card of the test programme (628000…) nobody else has, with its Luhn check digit. */
    private static String loyaltyCard() {
        String body = "628000" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return body + io.smartstore.devices.card.Luhn.checkDigit(body);
    }
}
