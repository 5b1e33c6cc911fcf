package io.smartstore.store.queue;

import io.smartstore.store.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.smartstore.support.testing.ApiClient.assertProblem;
import static io.smartstore.support.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The adviser's floor over HTTP: duty, the queue, calls and a ticket's whole life, and the staff accounts behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FloorApiTest {

    static final String PASSWORD = "adviser-password";
    @org.springframework.beans.factory.annotation.Autowired
    PhoneTickets phoneTickets;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void staff() {
        api = new Api(port);
        for (String[] person : new String[][]{{"lea", "Léa", "ADVISER"}, {"omar", "Omar", "ADVISER"}, {"nina", "Nina", "MANAGER"}}) {
            api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                    "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"],\"displayName\":\"%s\"}".formatted(person[0], PASSWORD, person[2], person[1]));
        }
        for (String adviser : new String[]{"lea", "omar", "nina"}) {
            as(adviser, "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":false}"); // every test says who is on duty
        }
        drain();
    }

    @Test
    void anAdviserOnDutyCallsTheirSpheresAndTakesTheVisitToItsOutcome() {
        assertThat(as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"2\",\"spheres\":[\"WORK\"]}").statusCode()).isEqualTo(204);
        String home = take("HOME");
        String work = take("WORK");
        JsonNode floor = json(as("lea", "GET", "/api/v1/queue", null));
        assertThat(floor.path("advisersOnDuty").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode waitingWork = find(floor.path("waiting"), work);
        assertThat(waitingWork.path("promised").path("maxMinutes").asInt()).isGreaterThan(waitingWork.path("promised").path("minMinutes").asInt());
        assertThat(waitingWork.path("expected")).as("the floor sees the range the customer sees now")
                .isEqualTo(json(api.asKiosk("GET", "/api/v1/queue/" + work, null, null)).path("estimatedWait"));

        JsonNode called = json(as("lea", "POST", "/api/v1/queue/next", "{}"));
        assertThat(called.path("ticket").asString()).as("Léa serves WORK only, though HOME waits longer").isEqualTo(work);
        assertThat(called.path("adviser").asString()).isEqualTo("Léa");
        assertThat(called.path("desk").asString()).isEqualTo("2");
        assertThat(json(api.asKiosk("GET", "/api/v1/queue/" + work, null, null)).path("status").asString()).isEqualTo("CALLED");

        assertThat(json(as("lea", "POST", "/api/v1/queue/" + work + "/recall", null)).path("status").asString()).isEqualTo("CALLED");
        assertThat(json(as("lea", "POST", "/api/v1/queue/" + work + "/start", null)).path("status").asString()).isEqualTo("SERVING");
        assertProblem(as("omar", "POST", "/api/v1/queue/" + work + "/finish", "{\"outcome\":\"SALE\"}"), 409, "not_your_ticket");
        assertProblem(as("lea", "POST", "/api/v1/queue/" + work + "/finish", "{\"outcome\":\"MAYBE\"}"), 400, "invalid_call");
        JsonNode done = json(as("lea", "POST", "/api/v1/queue/" + work + "/finish", "{\"outcome\":\"SALE\",\"note\":\"new line\"}"));
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertProblem(as("lea", "POST", "/api/v1/queue/" + work + "/start", null), 409, "illegal_transition");
        assertProblem(as("lea", "POST", "/api/v1/queue/" + home + "/finish", "{\"outcome\":\"RESOLVED\"}"), 409, "illegal_transition");
        assertProblem(as("lea", "POST", "/api/v1/queue/Z-999/start", null), 404, "unknown_ticket");
    }

    @Test
    void aTransferredTicketKeepsItsPlaceInTimeAndAManagerMayActOnAnyTicket() {
        String early = take("HOME");
        String later = take("WORK");
        assertThat(json(as("omar", "POST", "/api/v1/queue/" + early + "/call", "{\"desk\":\"1\"}")).path("status").asString()).isEqualTo("CALLED");
        assertProblem(as("lea", "POST", "/api/v1/queue/" + early + "/call", "{\"desk\":\"2\"}"), 409, "illegal_transition");
        assertThat(json(as("omar", "POST", "/api/v1/queue/" + early + "/transfer", "{\"sphere\":\"WORK\"}")).path("status").asString())
                .isEqualTo("WAITING");

        as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"2\",\"spheres\":[\"WORK\"]}");
        assertThat(json(as("lea", "POST", "/api/v1/queue/next", "{}")).path("ticket").asString()).as("taken first, so called first").isEqualTo(early);
        assertThat(json(as("nina", "POST", "/api/v1/queue/" + early + "/no-show", null)).path("status").asString()).isEqualTo("NO_SHOW");
        assertThat(json(api.asKiosk("GET", "/api/v1/queue/" + later, null, null)).path("position").asInt()).isEqualTo(1);
        as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":false}");
    }

    @Test
    void advisersCallingAtTheSameInstantEachGetTheirOwnTicket() throws Exception {
        int waiting = 12;
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < waiting; i++) {
            taken.add(take("MOBILE"));
        }
        int advisers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<String> called = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(advisers)) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < advisers; i++) {
                String who = i % 2 == 0 ? "lea" : "omar";
                String desk = String.valueOf(i);
                calls.add(pool.submit(() -> {
                    start.await();
                    return as(who, "POST", "/api/v1/queue/next", "{\"desk\":\"" + desk + "\"}");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                if (response.statusCode() == 200) {
                    called.add(json(response).path("ticket").asString());
                } else {
                    assertThat(json(response).path("code").asString()).isEqualTo("queue_empty");
                }
            }
        }
        assertThat(called).hasSize(waiting).doesNotHaveDuplicates();
        assertThat(new HashSet<>(called)).isEqualTo(taken);
    }

    @Test
    void aRecognisedCustomersVisitLeavesItsContextItsHistoryAndTheFigures() {
        api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"C-77\",\"firstName\":\"Camille\",\"language\":\"fr\",\"segment\":\"CONSUMER\",\"cards\":[\"6280001000000089\"],"
                        + "\"history\":[{\"sphere\":\"HOME\",\"date\":\"2026-10-02\",\"kind\":\"PRODUCT\",\"title\":\"Fibre 2 Gb/s\",\"status\":\"ACTIVE\"}]}");
        String visit = json(identify("6280001000000089")).path("visitId").asString();
        String ticket = json(api.asKiosk("POST", "/api/v1/queue", "application/json",
                "{\"visitId\":\"" + visit + "\",\"sphere\":\"HOME\"}")).path("ticket").asString();
        String anonymous = take("HOME");
        as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"2\",\"spheres\":[\"HOME\"]}");
        assertThat(json(as("lea", "POST", "/api/v1/queue/next", "{}")).path("ticket").asString()).isEqualTo(ticket);

        JsonNode context = json(as("lea", "GET", "/api/v1/queue/" + ticket + "/customer", null));
        assertThat(context.path("customer").path("firstName").asString()).isEqualTo("Camille");
        assertThat(context.path("history").findValuesAsString("title")).contains("Fibre 2 Gb/s");
        assertProblem(as("lea", "GET", "/api/v1/queue/" + anonymous + "/customer", null), 404, "anonymous");
        as("lea", "POST", "/api/v1/queue/" + ticket + "/finish", "{\"outcome\":\"RESOLVED\",\"note\":\"router replaced\"}");

        // ten answers rate Léa's visit: from ten she has her own figure
        // 30 s apart (the misuse rule), all on the ticket's local day: forward from now when the five minutes before are yesterday in Paris
        java.time.Instant now = java.time.Instant.now();
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.Instant first = java.time.LocalDate.ofInstant(now.minusSeconds(300), paris).equals(java.time.LocalDate.ofInstant(now, paris))
                ? now.minusSeconds(300) : now;
        // from a kiosk of their own: answers other tests send from kiosk-1 at the same moments would be misuse here
        String figuresKiosk = "Bearer " + json(api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/kiosks", "application/json",
                "{\"kioskId\":\"kiosk-lea-figures\"}")).path("token").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(api.send("POST", "/api/v1/feedback", "application/json", "{\"responses\":[{\"id\":\"%s\",\"ticket\":\"%s\",\"score\":%d,\"answeredAt\":\"%s\"}]}"
                    .formatted(java.util.UUID.randomUUID(), ticket, i < 7 ? 10 : 5, first.plusSeconds(30L * i)), figuresKiosk).statusCode()).isEqualTo(200);
        }
        JsonNode day = json(api.asStaff("admin", "admin-test", "GET", "/api/v1/scores/daily", null, null));
        JsonNode lea = day.path("byAdviser").get(0);
        assertThat(lea.path("adviser").asString()).isEqualTo("Léa");
        assertThat(lea.path("responses").asInt()).isEqualTo(10);
        assertThat(lea.path("nps").asDouble()).isEqualTo(40.0);
        assertThat(day.path("waits").path("served").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(day.path("waits").path("withinPromise").asDouble()).isBetween(0.0, 1.0);

        // next time at the kiosk, the visit is in her history with its outcome
        JsonNode again = json(identify("6280001000000089"));
        JsonNode home = again.path("history").get(0);
        assertThat(home.path("sphere").asString()).isEqualTo("HOME");
        assertThat(home.path("items").findValuesAsString("kind")).contains("VISIT");
        assertThat(home.path("items").findValuesAsString("status")).contains("RESOLVED");
        assertThat(json(as("lea", "GET", "/api/v1/queue/" + take("HOME") + "/customer", null)).path("code").asString()).isEqualTo("anonymous");
    }

    private HttpResponse<String> identify(String card) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json", "{\"method\":\"CARD\",\"credential\":\"" + card + "\"}");
    }

    @Test
    void staffAccountsAreCreatedCheckedAndDeactivated() {
        assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"lea\",\"password\":\"another-password\",\"roles\":[\"ADVISER\"],\"displayName\":\"Léa\"}"), 409, "staff_exists");
        assertProblem(api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"X Y\",\"password\":\"short\",\"roles\":[\"KING\"],\"displayName\":\"\"}"), 400, "invalid_staff");
        assertThat(api.asStaff("admin", "admin-test", "POST", "/api/v1/staff", "application/json",
                "{\"username\":\"sam\",\"password\":\"sam-password-1\",\"roles\":[\"ADVISER\"],\"displayName\":\"Sam\",\"email\":\"sam@shop.example\"}")
                .statusCode()).isEqualTo(201);
        assertThat(api.asStaff("sam", "sam-password-1", "GET", "/api/v1/queue", null, null).statusCode()).isEqualTo(200);
        assertThat(api.asStaff("admin", "admin-test", "PUT", "/api/v1/staff/sam/password", "application/json", "{\"password\":\"sam-password-2\"}")
                .statusCode()).isEqualTo(204);
        assertProblem(api.asStaff("sam", "sam-password-1", "GET", "/api/v1/queue", null, null), 401, "unauthenticated");
        assertThat(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/staff/sam", null, null).statusCode()).isEqualTo(204);
        assertProblem(api.asStaff("sam", "sam-password-2", "GET", "/api/v1/queue", null, null), 401, "unauthenticated");
        assertProblem(api.asStaff("admin", "admin-test", "DELETE", "/api/v1/staff/nobody", null, null), 404, "unknown_staff");
        assertProblem(as("lea", "POST", "/api/v1/staff", "{}"), 403, "forbidden");
    }

    @Test
    void anAnonymousCustomerRecognisedAtTheDeskCountsThereAndTheFloorSeesWhoTheyAre() {
        importAmina();
        JsonNode before = recognition();
        java.util.UUID session = java.util.UUID.randomUUID();
        assertProblem(identifyAtKiosk("CARD", "6280007779999906", session), 404, "unknown_customer"); // a card no test imports
        assertThat(api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(session))
                .statusCode()).isEqualTo(204);
        String ticket = take("HOME", session);
        assertProblem(as("lea", "GET", "/api/v1/queue/" + ticket + "/customer", null), 404, "anonymous");
        assertThat(recognition().path("misses").path("UNKNOWN_CARD").asLong() - before.path("misses").path("UNKNOWN_CARD").asLong()).isEqualTo(1);

        JsonNode context = json(as("lea", "POST", "/api/v1/queue/" + ticket + "/identify", "{\"method\":\"CARD\",\"credential\":\"6280007770000019\"}"));
        assertThat(context.path("customer").path("firstName").asString()).isEqualTo("Amina");
        assertThat(context.path("history").get(0).path("sphere").asString()).isEqualTo("HOME");
        JsonNode waiting = find(json(as("lea", "GET", "/api/v1/queue", null)).path("waiting"), ticket);
        assertThat(waiting.path("recognised").asBoolean()).isTrue();
        assertThat(waiting.path("firstName").asString()).isEqualTo("Amina");
        assertThat(json(as("lea", "GET", "/api/v1/queue/" + ticket + "/customer", null)).path("customer").path("firstName").asString()).isEqualTo("Amina");
        assertProblem(as("omar", "POST", "/api/v1/queue/" + ticket + "/identify", "{\"method\":\"CARD\",\"credential\":\"6280007770000019\"}"),
                409, "ticket_recognised");

        JsonNode after = recognition();
        assertThat(after.path("sessions").asLong() - before.path("sessions").asLong()).isEqualTo(1);
        assertThat(after.path("atDesk").asLong() - before.path("atDesk").asLong()).as("recognised at the desk").isEqualTo(1);
        assertThat(after.path("atKiosk").asLong() - before.path("atKiosk").asLong()).isZero();
        assertThat(after.path("never").asLong() - before.path("never").asLong()).isZero();
        assertThat(after.path("misses").path("UNKNOWN_CARD").asLong()).as("no longer a miss").isEqualTo(before.path("misses").path("UNKNOWN_CARD").asLong());
    }

    @Test
    void aReferenceIsCheckedWithTheDateOfBirthTheCrmHoldsAndNothingElseTellsWhoExists() {
        importAmina();
        String ticket = take("WORK", null);
        assertProblem(identifyAtDesk(ticket, "REFERENCE", "DESK-AMINA", "1985-03-03"), 404, "unknown_customer");
        assertProblem(identifyAtDesk(ticket, "REFERENCE", "NOBODY-HERE", "1985-03-02"), 404, "unknown_customer");
        assertProblem(identifyAtDesk(ticket, "REFERENCE", "DESK-AMINA", "2 March 1985"), 422, "invalid_credential");
        assertProblem(identifyAtDesk(ticket, "CARD", "4111111111111111", null), 422, "card_not_accepted");
        assertProblem(identifyAtDesk(ticket, "QR", "not-a-token", null), 401, "token_invalid");
        assertProblem(identifyAtDesk("Z-998", "REFERENCE", "DESK-AMINA", "1985-03-02"), 404, "unknown_ticket");
        assertProblem(api.asKiosk("POST", "/api/v1/queue/" + ticket + "/identify", "application/json", "{\"method\":\"CARD\"}"), 403, "forbidden");
        assertThat(find(json(as("lea", "GET", "/api/v1/queue", null)).path("waiting"), ticket).path("recognised").asBoolean())
                .as("nothing half-done by the refusals").isFalse();

        JsonNode before = recognition();
        JsonNode context = json(identifyAtDesk(ticket, "REFERENCE", "DESK-AMINA", "1985-03-02"));
        assertThat(context.path("customer").path("firstName").asString()).isEqualTo("Amina");
        assertThat(recognition().path("atDesk").asLong()).as("a ticket taken without a kiosk session moves no session").isEqualTo(before.path("atDesk").asLong());
    }

    @Test
    void eachSessionNeverRecognisedSaysWhy() {
        importAmina();
        JsonNode before = recognition();
        refusedThenGoesOn("CARD", "4111111111111111", 422, "card_not_accepted");
        refusedThenGoesOn("CARD", "6280007779999906", 404, "unknown_customer");
        refusedThenGoesOn("QR", "not-a-token", 401, "token_invalid");
        refusedThenGoesOn("CARD", "12345", 422, "invalid_credential");
        for (String miss : new String[]{"READER_FAULT", null}) {
            assertThat(api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false%s}"
                    .formatted(java.util.UUID.randomUUID(), miss == null ? "" : ",\"miss\":\"" + miss + "\"")).statusCode()).isEqualTo(204);
        }
        assertThat(identifyAtKiosk("CARD", "6280007770000019", java.util.UUID.randomUUID()).statusCode()).isEqualTo(200);
        assertProblem(api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false,\"miss\":\"BORED\"}"
                .formatted(java.util.UUID.randomUUID())), 400, "malformed_request");

        JsonNode after = recognition();
        assertThat(after.path("sessions").asLong() - before.path("sessions").asLong()).isEqualTo(7);
        assertThat(after.path("atKiosk").asLong() - before.path("atKiosk").asLong()).isEqualTo(1);
        assertThat(after.path("never").asLong() - before.path("never").asLong()).isEqualTo(6);
        for (String miss : new String[]{"BANK_CARD", "UNKNOWN_CARD", "TOKEN_REFUSED", "UNREADABLE", "READER_FAULT", "NO_CREDENTIAL"}) {
            assertThat(after.path("misses").path(miss).asLong() - before.path("misses").path(miss).asLong()).as(miss).isEqualTo(1);
        }
    }

    /** A read refused at the kiosk, then the customer goes on without signing in (the kiosk gives no reason of its own). */
    private void refusedThenGoesOn(String method, String credential, int status, String code) {
        java.util.UUID session = java.util.UUID.randomUUID();
        assertProblem(identifyAtKiosk(method, credential, session), status, code);
        assertThat(api.asKiosk("POST", "/api/v1/sessions", "application/json", "{\"session\":\"%s\",\"recognised\":false}".formatted(session))
                .statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> identifyAtKiosk(String method, String credential, java.util.UUID session) {
        return api.asKiosk("POST", "/api/v1/identifications", "application/json",
                "{\"method\":\"%s\",\"credential\":\"%s\",\"session\":\"%s\"}".formatted(method, credential, session));
    }

    private HttpResponse<String> identifyAtDesk(String ticket, String method, String credential, String check) {
        return as("lea", "POST", "/api/v1/queue/" + ticket + "/identify", "{\"method\":\"%s\",\"credential\":\"%s\"%s}"
                .formatted(method, credential, check == null ? "" : ",\"check\":\"" + check + "\""));
    }

    /** Amina, known by a card and by her reference with her date of birth. */
    private void importAmina() {
        HttpResponse<String> imported = api.asStaff("admin", "admin-test", "POST", "/api/v1/admin/customers", "application/x-ndjson",
                "{\"ref\":\"DESK-AMINA\",\"firstName\":\"Amina\",\"language\":\"fr\",\"segment\":\"CONSUMER\",\"cards\":[\"6280007770000019\"],"
                        + "\"birthDate\":\"1985-03-02\",\"history\":[{\"sphere\":\"HOME\",\"date\":\"2026-10-01\",\"kind\":\"PRODUCT\",\"title\":\"Fibre\",\"status\":\"ACTIVE\"}]}\n");
        assertThat(json(imported).path("imported").asInt()).as(imported.body()).isEqualTo(1);
    }

    @Test
    void aTicketsPhoneLinkWorksOnItsDayOnlyAndItsCustomerMayLeaveOrSayTheyAreOnTheirWay() {
        HttpResponse<String> taken = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"HOME\",\"language\":\"fr\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        String ticket = json(taken).path("ticket").asString();
        String url = json(taken).path("phoneUrl").asString();
        assertThat(url).startsWith("http://localhost:8081/ticket/");
        PhoneTickets.Link link = phoneTickets.find(url.substring(url.lastIndexOf('/') + 1)).orElseThrow();
        assertThat(link).isEqualTo(new PhoneTickets.Link(ticket, "fr"));
        assertThat(phoneTickets.onMyWay(link)).as("not called yet").isFalse();

        as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":true,\"desk\":\"5\",\"spheres\":[\"HOME\"]}");
        assertThat(json(as("lea", "POST", "/api/v1/queue/next", "{}")).path("ticket").asString()).isEqualTo(ticket);
        assertThat(find(json(as("lea", "GET", "/api/v1/queue", null)).path("inService"), ticket).path("onTheWay").asBoolean()).isFalse();
        assertThat(phoneTickets.onMyWay(link)).isTrue();
        assertThat(find(json(as("lea", "GET", "/api/v1/queue", null)).path("inService"), ticket).path("onTheWay").asBoolean())
                .as("the floor sees the customer is coming").isTrue();
        assertThat(phoneTickets.leave(link)).as("called: too late to leave the queue").isFalse();

        String leaving = json(api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"HOME\"}")).path("phoneUrl").asString();
        PhoneTickets.Link theirs = phoneTickets.find(leaving.substring(leaving.lastIndexOf('/') + 1)).orElseThrow();
        assertThat(theirs.language()).as("the kiosk did not say: English").isEqualTo("en");
        assertThat(phoneTickets.leave(theirs)).isTrue();
        assertThat(json(api.asKiosk("GET", "/api/v1/queue/" + theirs.ticket(), null, null)).path("status").asString()).isEqualTo("LEFT");
        assertProblem(as("lea", "POST", "/api/v1/queue/next", "{}"), 404, "queue_empty");
        as("lea", "PUT", "/api/v1/advisers/me/duty", "{\"onDuty\":false}");

        assertThat(phoneTickets.find("forged-" + link.ticket())).isEmpty();
        assertThat(phoneTickets.find("x".repeat(5000))).isEmpty();
        jdbc.sql("INSERT INTO TICKET (ID, LOCAL_DATE, SPHERE, STATUS, CREATED_AT, PHONE_CODE) VALUES ('H-900', ?, 'HOME', 'WAITING', ?, 'yesterdays-code')")
                .params(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1), java.time.OffsetDateTime.now().minusDays(1)).update();
        assertThat(phoneTickets.find("yesterdays-code")).as("valid on its day only").isEmpty();
    }

    /** Today's recognition figures, as the manager reads them. */
    private JsonNode recognition() {
        return json(as("nina", "GET", "/api/v1/scores/daily?date=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")), null)).path("recognition");
    }

    private String take(String sphere, java.util.UUID session) {
        HttpResponse<String> taken = api.asKiosk("POST", "/api/v1/queue", "application/json",
                "{\"sphere\":\"" + sphere + "\"" + (session == null ? "" : ",\"session\":\"" + session + "\"") + "}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        return json(taken).path("ticket").asString();
    }

    private String take(String sphere) {
        HttpResponse<String> taken = api.asKiosk("POST", "/api/v1/queue", "application/json", "{\"sphere\":\"" + sphere + "\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        return json(taken).path("ticket").asString();
    }

    /** Calls every ticket still waiting from earlier tests, so that each test starts with an empty queue. */
    private void drain() {
        while (as("nina", "POST", "/api/v1/queue/next", "{\"desk\":\"9\"}").statusCode() == 200) {
            // called; these tickets no longer wait
        }
    }

    private HttpResponse<String> as(String who, String method, String path, String body) {
        return api.asStaff(who, PASSWORD, method, path, body == null ? null : "application/json", body);
    }

    private static JsonNode find(JsonNode list, String ticket) {
        for (JsonNode entry : list) {
            if (entry.path("ticket").asString().equals(ticket)) {
                return entry;
            }
        }
        throw new AssertionError(ticket + " not in " + list);
    }
}
