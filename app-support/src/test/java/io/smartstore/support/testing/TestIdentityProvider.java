package io.smartstore.support.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The company's OpenID provider, started in a test: Spring Authorization Server on its own
 * embedded Tomcat (no Spring Boot, so nothing of the app under test leaks in), with a sign-in
 * form, people who carry {@code roles}, {@code stores} and {@code name} claims in their ID and
 * access tokens, the app as a client ({@link #CLIENT_ID}) and scripts as clients of their own
 * (client credentials). Its issuer is {@link #issuer()}; RP-initiated logout is on.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "smart-store";
    public static final String CLIENT_SECRET = "smart-store-secret";

    /** A person (or a script, named by its client id) and the claims their tokens carry. */
    public record Person(String username, String password, String name, List<String> roles, List<String> stores) {
    }

    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final KeyPair keys = rsa();
    private final String keyId = UUID.randomUUID().toString();
    private final InMemoryRegisteredClientRepository clients;
    private final Tomcat tomcat = new Tomcat();
    private final AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
    private String issuer;

    private TestIdentityProvider() {
        clients = new InMemoryRegisteredClientRepository(app(Set.of()));
    }

    /** A provider listening on a free port of 127.0.0.1. */
    public static TestIdentityProvider start() {
        TestIdentityProvider provider = new TestIdentityProvider();
        provider.listen();
        return provider;
    }

    public String issuer() {
        return issuer;
    }

    /** The app's keys for this provider: the login client ({@code company}) and scripts' bearer JWTs. */
    public void register(org.springframework.test.context.DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.registration.company.client-id", () -> CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.company.client-secret", () -> CLIENT_SECRET);
        properties.add("spring.security.oauth2.client.registration.company.scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider.company.issuer-uri", this::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::issuer);
    }

    /** Someone who can sign in with {@code password}; their tokens carry the given claims. */
    public TestIdentityProvider person(String username, String password, String name, List<String> roles, List<String> stores) {
        people.put(username, new Person(username, password, name, roles, stores));
        return this;
    }

    /** A script's client: client credentials give it a token with these claims. */
    public TestIdentityProvider script(String clientId, String secret, List<String> roles, List<String> stores) {
        people.put(clientId, new Person(clientId, secret, clientId, roles, stores));
        clients.save(RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        return this;
    }

    /**
     * Lets the app at {@code baseUrl} sign people in here: its code callback and its
     * after-sign-out page are registered redirect addresses.
     */
    public synchronized TestIdentityProvider allowApp(String baseUrl) {
        RegisteredClient current = clients.findByClientId(CLIENT_ID);
        Set<String> bases = new java.util.HashSet<>(current.getPostLogoutRedirectUris().stream()
                .map(uri -> uri.substring(0, uri.indexOf("/login"))).toList());
        bases.add(baseUrl);
        clients.save(app(bases));
        return this;
    }

    /** A token from the script's client, by the client-credentials grant, as a script gets it. */
    public String clientCredentialsToken(String clientId, String secret) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + " " + response.headers().map() + ": " + response.body());
            }
            return new tools.jackson.databind.ObjectMapper().readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with this provider's key, issued at {@code issuedAt} for {@code lifetime}: for expired ones. */
    public String signedToken(String subject, List<String> roles, List<String> stores, Instant issuedAt, Duration lifetime) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(subject).issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime)).claim("preferred_username", subject).claim("roles", roles).claim("stores", stores).build();
        return new NimbusJwtEncoder(jwks()).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(), claims)).getTokenValue();
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
        spring.close();
    }

    private void listen() {
        try {
            tomcat.setBaseDir(Files.createTempDirectory("identity-provider").toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("", null);
            spring.register(Server.class);
            spring.addBeanFactoryPostProcessor(beans -> beans.registerSingleton("testIdentityProvider", this));
            context.addServletContainerInitializer((classes, servletContext) -> {
                spring.setServletContext(servletContext);
                spring.refresh();
                servletContext.addFilter("springSecurityFilterChain", new DelegatingFilterProxy("springSecurityFilterChain", spring))
                        .addMappingForUrlPatterns(EnumSet.allOf(jakarta.servlet.DispatcherType.class), false, "/*");
                servletContext.addServlet("nothing", new HttpServlet() {
                }).addMapping("/");
            }, null);
            tomcat.start();
            issuer = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
        } catch (IOException | LifecycleException e) {
            throw new IllegalStateException("the identity provider did not start", e);
        }
    }

    private RegisteredClient app(Set<String> baseUrls) {
        RegisteredClient.Builder app = RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
        // a client needs one redirect address to be valid; this one leads nowhere
        app.redirectUri("http://127.0.0.1/nowhere");
        for (String base : baseUrls) {
            app.redirectUri(base + "/login/oauth2/code/company").postLogoutRedirectUri(base + "/login?logout");
        }
        return app.build();
    }

    private JWKSource<SecurityContext> jwks() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).keyID(keyId).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private UserDetailsService users() {
        return username -> {
            Person person = people.get(username);
            if (person == null) {
                throw new UsernameNotFoundException("no such person");
            }
            return User.withUsername(person.username()).password("{noop}" + person.password()).roles("PERSON").build();
        };
    }

    private OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            Person person = people.get(context.getPrincipal().getName());
            if (person != null) {
                context.getClaims().claim("preferred_username", person.username()).claim("name", person.name())
                        .claim("roles", person.roles()).claim("stores", person.stores());
            }
        };
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Server {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /** Every filter of the provider's chain follows the JVM-wide strategy, even one the app under test sets later. */
        @Bean
        org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new OwnContexts();
        }

        @Bean
        RegisteredClientRepository registeredClients(TestIdentityProvider provider) {
            return provider.clients;
        }

        @Bean
        JWKSource<SecurityContext> jwkSource(TestIdentityProvider provider) {
            return provider.jwks();
        }

        /** For the provider's own user-info endpoint, which takes its access tokens. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        UserDetailsService people(TestIdentityProvider provider) {
            return provider.users();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(TestIdentityProvider provider) {
            return provider.claims();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }

    /**
     * Always the JVM-wide strategy of the moment: the app under test may replace it after the
     * provider started (Vaadin does), and the provider's own code reads it at call time.
     */
    private static final class OwnContexts implements org.springframework.security.core.context.SecurityContextHolderStrategy {

        private static org.springframework.security.core.context.SecurityContextHolderStrategy now() {
            return org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        }

        @Override
        public void clearContext() {
            now().clearContext();
        }

        @Override
        public org.springframework.security.core.context.SecurityContext getContext() {
            return now().getContext();
        }

        @Override
        public java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
            return now().getDeferredContext();
        }

        @Override
        public void setContext(org.springframework.security.core.context.SecurityContext context) {
            now().setContext(context);
        }

        @Override
        public void setDeferredContext(java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> deferred) {
            now().setDeferredContext(deferred);
        }

        @Override
        public org.springframework.security.core.context.SecurityContext createEmptyContext() {
            return now().createEmptyContext();
        }
    }
}
