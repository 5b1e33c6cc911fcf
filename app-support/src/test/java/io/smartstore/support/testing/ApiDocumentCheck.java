package io.smartstore.support.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both apps' document tests check of the OpenAPI document an app serves: its info, security schemes, that every
 * operation has a summary, a description, security and its refusals as problem details; that Redocly's recommended
 * rules find no error in it; and that it is the one committed in {@code docs/api}, from which the clients are generated.
 */
public final class ApiDocumentCheck {

    private static final JsonMapper JSON = JsonMapper.shared();
    /** Writes a document's properties sorted: the committed file changes only where the API does. */
    private static final JsonMapper SORTED = JsonMapper.builder().enable(tools.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private ApiDocumentCheck() {
    }

    public static void check(ApiClient api, String app, String title, String clientScheme) throws Exception {
        HttpResponse<String> served = api.anonymous("GET", "/v3/api-docs", null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(served.body());

        assertThat(document.path("info").path("title").asString()).isEqualTo(title);
        assertThat(document.path("info").path("version").asString()).isNotBlank();
        assertThat(document.path("info").path("description").asString()).isNotBlank();
        assertThat(document.path("info").path("contact").path("name").asString()).isNotBlank();
        assertThat(document.path("info").path("license").path("name").asString()).isEqualTo("Apache-2.0");
        assertThat(document.path("components").path("securitySchemes").propertyNames())
                .containsExactlyInAnyOrder(clientScheme, "staffBasic", "companyToken");

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.path("summary").asString()).as(name + " summary").isNotBlank();
                assertThat(operation.path("description").asString()).as(name + " description").isNotBlank();
                assertThat(operation.path("tags")).as(name + " tag").hasSize(1);
                assertThat(operation.path("security").isArray()).as(name + " security").isTrue();
                List<String> refusals = new ArrayList<>();
                operation.path("responses").properties().forEach(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(response.getValue().path("content").has("application/problem+json")).as(name + " " + response.getKey()).isTrue();
                        refusals.add(response.getKey());
                    }
                });
                assertThat(refusals).as(name + " refusals").contains("500");
            }
        }
        assertThat(operations).as("no framework path in the document").allSatisfy(operation -> assertThat(operation).contains(" /api/v1/"));

        OpenApiLint.Result lint = OpenApiLint.lint(served.body(), Path.of("target/openapi-lint-" + app));
        assertThat(lint.errors()).as("Redocly's recommended rules").isEmpty();

        Path committed = committed(app);
        Path current = Path.of("target/openapi/" + app + "-openapi.json");
        Files.createDirectories(current.getParent());
        Files.writeString(current, SORTED.writerWithDefaultPrettyPrinter().writeValueAsString(withoutVersion(document)) + "\n");
        assertThat(Files.exists(committed) ? withoutVersion(JSON.readTree(Files.readString(committed))) : null)
                .as("docs/api/%s-openapi.json is the served document (the API changed? review it, then copy %s there: the clients are generated from it)",
                        app, current.toAbsolutePath())
                .isEqualTo(withoutVersion(document));
    }

    /** The document without its version, which is the build's. */
    private static JsonNode withoutVersion(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        ((ObjectNode) copy.path("info")).put("version", "1");
        return copy;
    }

    private static Path committed(String app) {
        return CommittedFolder.root().resolve("docs/api/" + app + "-openapi.json");
    }
}
