package io.smartstore.support.apidocs;

import io.smartstore.support.security.CalledBy;
import io.smartstore.support.security.Caller;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.RefusedAs;
import io.smartstore.support.problems.ProblemStatus;
import io.smartstore.support.running.ThisApp;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Curates the app's OpenAPI document (springdoc's, served at {@code /v3/api-docs} outside {@code prod}): title,
 * version (the build's), description, contact and licence; the security schemes that exist (the enrolled clients'
 * bearer tokens, staff HTTP Basic, the company's bearer JWTs) applied per operation from its {@link CalledBy}; a tag
 * per feature (the controller's package); and every refusal as {@code application/problem+json}, grouped by status,
 * with its {@code code} values. Operations' summaries and request examples are on the controllers.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String CLIENT_TOKEN = "clientToken";
    public static final String STAFF_BASIC = "staffBasic";
    public static final String COMPANY_TOKEN = "companyToken";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI smartstoreOpenApi(ApiDocsInfo info, ThisApp app) {
        return new OpenAPI()
                .info(new Info().title(info.title()).version(app.version()).description(info.description())
                        .contact(new Contact().name("Smart Store maintainers").url("https://smartstore.example/developers"))
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(CLIENT_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The token an admin was given when enrolling this " + info.clientName() + " (shown once)."))
                        .addSecuritySchemes(STAFF_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A member of staff's local account (user name and password), for scripts."))
                        .addSecuritySchemes(COMPANY_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("An access token of the company's OpenID provider, when the app is configured with it "
                                        + "(spring.security.oauth2.resourceserver.jwt.issuer-uri); the roles come from its claims."))
                        .addSchemas(PROBLEM, problemSchema()))
                .tags(new TreeMap<>(info.tags()).entrySet().stream().map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList())
                .security(staff());
    }

    /**
     * A nested type is named with its enclosing type ({@code QueueTicketRequest}, {@code SurveyLinkRequest}): two
     * {@code Request}s or {@code Change}s would otherwise be one schema in the document, the second overwriting the first.
     */
    @Bean
    io.swagger.v3.core.converter.ModelConverter nestedTypesNamedWithTheirOwner() {
        return new io.swagger.v3.core.jackson.ModelResolver(io.swagger.v3.core.util.Json.mapper(), new NestedTypeNames());
    }

    private static final class NestedTypeNames extends io.swagger.v3.core.jackson.TypeNameResolver {
        @Override
        protected String nameForClass(Class<?> type, Set<Options> options) {
            String name = super.nameForClass(type, options);
            Class<?> owner = type.getEnclosingClass();
            return owner == null || !name.equals(type.getSimpleName()) ? name : owner.getSimpleName() + name;
        }
    }

    @Bean
    OperationCustomizer callersTagsAndRefusals(ApiDocsInfo info) {
        return (operation, handler) -> {
            String feature = feature(handler);
            if (info.tags().containsKey(feature)) {
                operation.setTags(List.of(feature));
            }
            CalledBy calledBy = calledBy(handler);
            Caller caller = calledBy == null ? Caller.STAFF : calledBy.value();
            operation.setSecurity(switch (caller) {
                case CLIENT -> List.of(new SecurityRequirement().addList(CLIENT_TOKEN));
                case STAFF -> staff();
                case ANYONE -> List.of(new SecurityRequirement());
            });
            if (calledBy != null && calledBy.roles().length > 0) {
                operation.addExtension("x-roles", Arrays.stream(calledBy.roles()).map(role -> role.toLowerCase(java.util.Locale.ROOT)).toList());
                operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n") + "Roles: "
                        + Arrays.stream(calledBy.roles()).map(String::toLowerCase).collect(Collectors.joining(", ")) + ".");
            }
            document(operation, refusals(handler, caller));
            return operation;
        };
    }

    /** Fixed servers (the served document does not depend on the port it was asked on), and no framework's own paths. */
    @Bean
    OpenApiCustomizer onlyTheApi(ApiDocsInfo info) {
        return openApi -> {
            openApi.setServers(List.of(server(info)));
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            }
        };
    }

    /** Each deployment has its own address: a template whose default is the app's own port on this machine. */
    private static Server server(ApiDocsInfo info) {
        return new Server().url("{scheme}://{host}").description("the " + info.title() + " of a deployment")
                .variables(new io.swagger.v3.oas.models.servers.ServerVariables()
                        .addServerVariable("scheme", new io.swagger.v3.oas.models.servers.ServerVariable()._default("https")._enum(List.of("https", "http"))
                                .description("https on a real network (docs/deployment.md)"))
                        .addServerVariable("host", new io.swagger.v3.oas.models.servers.ServerVariable()._default(info.server())
                                .description("the server's host and port")));
    }

    private static List<SecurityRequirement> staff() {
        return List.of(new SecurityRequirement().addList(STAFF_BASIC), new SecurityRequirement().addList(COMPANY_TOKEN));
    }

    private static String feature(HandlerMethod handler) {
        String name = handler.getBeanType().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static CalledBy calledBy(HandlerMethod handler) {
        return io.smartstore.support.security.Endpoints.calledBy(handler).orElse(null);
    }

    /** Every code the operation may answer: declared, its constraints', and those of its form (body, parameters, caller). */
    static Set<ProblemCode> refusals(HandlerMethod handler, Caller caller) {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        for (Refuses refuses : new Refuses[]{handler.getBeanType().getAnnotation(Refuses.class), handler.getMethodAnnotation(Refuses.class)}) {
            if (refuses != null) {
                codes.addAll(List.of(refuses.value()));
            }
        }
        for (RefusedAs refusedAs : new RefusedAs[]{handler.getBeanType().getAnnotation(RefusedAs.class), handler.getMethodAnnotation(RefusedAs.class)}) {
            if (refusedAs != null) {
                codes.add(refusedAs.value());
            }
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            boolean body = parameter.hasParameterAnnotation(RequestBody.class);
            if (body) {
                codes.addAll(List.of(ProblemCode.MALFORMED_REQUEST, ProblemCode.PAYLOAD_TOO_LARGE, ProblemCode.UNSUPPORTED_MEDIA_TYPE));
            } else if (parameter.hasParameterAnnotation(RequestParam.class) || parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class)) {
                codes.add(ProblemCode.MALFORMED_REQUEST);
            }
            if (body || parameter.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class)) {
                codes.addAll(recordCodes(parameter.getParameterType()));
            }
            for (java.lang.annotation.Annotation constraint : parameter.getParameterAnnotations()) {
                RefusedAs refusedAs = constraint.annotationType().getAnnotation(RefusedAs.class); // a constraint that says its code
                if (refusedAs != null) {
                    codes.add(refusedAs.value());
                }
            }
        }
        if (caller != Caller.ANYONE) {
            codes.addAll(List.of(ProblemCode.UNAUTHENTICATED, ProblemCode.FORBIDDEN));
        }
        if (caller == Caller.STAFF) {
            codes.add(ProblemCode.TOO_MANY_ATTEMPTS);
        }
        codes.add(ProblemCode.INTERNAL_ERROR);
        return codes;
    }

    /** The codes a request record's fields and the record itself say they are refused as. */
    private static Set<ProblemCode> recordCodes(Class<?> type) {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        if (type.isRecord()) {
            java.util.Optional.ofNullable(type.getAnnotation(RefusedAs.class)).ifPresent(refusedAs -> codes.add(refusedAs.value()));
            for (RecordComponent component : type.getRecordComponents()) {
                RefusedAs refusedAs = fieldAnnotation(type, component.getName());
                if (refusedAs != null) {
                    codes.add(refusedAs.value());
                }
            }
        }
        return codes;
    }

    private static RefusedAs fieldAnnotation(Class<?> type, String field) {
        try {
            return type.getDeclaredField(field).getAnnotation(RefusedAs.class);
        } catch (NoSuchFieldException none) {
            return null;
        }
    }

    /** The refusals as responses, one per status, each listing its codes (in place of any the framework guessed). */
    private static void document(Operation operation, Set<ProblemCode> codes) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.keySet().removeIf(status -> status.startsWith("4") || status.startsWith("5"));
        Map<Integer, List<ProblemCode>> byStatus = new TreeMap<>();
        codes.forEach(code -> byStatus.computeIfAbsent(ProblemStatus.of(code).value(), status -> new ArrayList<>()).add(code));
        byStatus.forEach((status, refusals) -> responses.addApiResponse(String.valueOf(status), new ApiResponse()
                .description("Refused (problem details), `code`: " + refusals.stream().map(code -> "`" + code.code() + "`").collect(Collectors.joining(", ")))
                .content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .example(Map.of("type", "https://smartstore.example/problems/" + refusals.getFirst().code().replace('_', '-'),
                                "title", "A sentence a person can act on", "status", status, "code", refusals.getFirst().code()))))));
        operation.setResponses(responses);
    }

    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema().description("A refusal as RFC 9457 problem details, with a stable machine-readable code.")
                .addProperty("type", new StringSchema().format("uri").description("the code's page"))
                .addProperty("title", new StringSchema().description("a plain sentence a person can act on"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList())
                        .description("what a program may act on (api.md)"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()).description("each invalid item of a batch, when the refusal is of a batch"));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }
}
