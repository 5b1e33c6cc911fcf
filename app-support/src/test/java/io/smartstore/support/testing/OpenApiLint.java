package io.smartstore.support.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Redocly CLI's {@code lint} with its recommended rules ({@code tools/openapi-lint}, installed by {@code ./smartstore test}
 * with {@code npm ci}) on an OpenAPI document: the errors and warnings it finds, each as "rule at place: message".
 */
public final class OpenApiLint {

    private OpenApiLint() {
    }

    public static Result lint(String document, Path workDirectory) throws IOException, InterruptedException {
        Path tools = root().resolve("tools/openapi-lint");
        Path redocly = tools.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(redocly)) {
            throw new IllegalStateException("Redocly CLI is missing: run `npm ci` in tools/openapi-lint (./smartstore test does)");
        }
        Files.createDirectories(workDirectory);
        Path file = workDirectory.resolve("openapi.json");
        Files.writeString(file, document);
        Process lint = new ProcessBuilder(redocly.toString(), "lint", file.toAbsolutePath().toString(), "--config", tools.resolve("redocly.yaml").toString(),
                "--format", "json").directory(tools.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String said = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        lint.waitFor();
        JsonNode report = JsonMapper.shared().readTree(said.substring(said.indexOf('{')));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            String text = problem.path("ruleId").asString() + " at " + problem.path("location").path(0).path("pointer").asString() + ": "
                    + problem.path("message").asString();
            (problem.path("severity").asString().equals("error") ? errors : warnings).add(text);
        }
        return new Result(errors, warnings);
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("smartstore")) ? here : here.getParent();
    }

    public record Result(List<String> errors, List<String> warnings) {
    }
}
