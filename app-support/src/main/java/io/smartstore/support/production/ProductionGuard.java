package io.smartstore.support.production;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code prod} profile refuses, checked once the configuration is read and before the context starts (a
 * refused start takes a second, not a whole start-up), every wrong key named in one {@link StartRefusal}:
 * <ul>
 * <li>the demo profile beside it;</li>
 * <li>any of {@code smartstore.production.secrets} at a demo value — known by its fingerprint
 * ({@link DemoSecrets}), as the demo's configuration is not in the jar;</li>
 * <li>any of {@code smartstore.production.required} unset;</li>
 * <li>a next hop ({@code smartstore.production.next-hops}) on plain {@code http://} to another
 * machine, unless {@code smartstore.tls.terminated-by-proxy=true};</li>
 * <li>an address customers' phones are sent to ({@code smartstore.production.public-addresses}) unset or on this
 * machine's loopback (it would point each phone at itself).</li>
 * </ul>
 * It also sets what production means for the web edge: the API documents off unless
 * {@code smartstore.api-docs.enabled=true}, and behind a TLS-terminating proxy its forwarded
 * headers honoured and the session cookie Secure.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String TERMINATED_BY_PROXY = "smartstore.tls.terminated-by-proxy";

    @Override
    public int getOrder() {
        // after the configuration files are read (the values an operator set) and logging is set up (the refusal is read)
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.matchesProfiles("prod")) {
            DemoFolder.check(environment); // under prod, the demo profile is refused outright
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.matchesProfiles("demo")) {
            problems.add("the demo profile is active");
        }
        DemoSecrets demo = DemoSecrets.load();
        for (String secret : list(environment, "smartstore.production.secrets")) {
            if (demo.isDemoValue(environment.getProperty(secret))) {
                problems.add(secret + " is the demo's value");
            }
        }
        for (String required : list(environment, "smartstore.production.required")) {
            if (environment.getProperty(required, "").isBlank()) {
                problems.add(required + " is not set");
            }
        }
        boolean behindProxy = environment.getProperty(TERMINATED_BY_PROXY, Boolean.class, false);
        for (String hop : list(environment, "smartstore.production.next-hops")) {
            String url = environment.getProperty(hop, "");
            if (!behindProxy && plainHttpToAnotherMachine(url)) {
                problems.add(hop + " is plain http:// to another machine (use https://, or set " + TERMINATED_BY_PROXY + "=true)");
            }
        }
        for (String address : list(environment, "smartstore.production.public-addresses")) {
            if (onThisMachine(environment.getProperty(address, ""))) {
                problems.add(address + " is " + (environment.getProperty(address, "").isBlank() ? "not set" : "this machine's loopback")
                        + " (customers' phones are sent there)");
            }
        }
        if (!problems.isEmpty()) {
            throw new StartRefusal("The prod profile refuses to start: " + String.join("; ", problems) + ".",
                    "Set each key named above (a secret in a file under the directory spring.config.import=configtree: reads, "
                            + "an address as the machines that call it know it), then start again (docs/deployment.md).");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("smartstore-production", production(environment, behindProxy)));
    }

    private static Map<String, Object> production(Environment environment, boolean behindProxy) {
        Map<String, Object> settings = new LinkedHashMap<>();
        String apiDocs = String.valueOf(environment.getProperty("smartstore.api-docs.enabled", Boolean.class, false));
        settings.put("springdoc.api-docs.enabled", apiDocs);
        settings.put("springdoc.swagger-ui.enabled", apiDocs);
        if (behindProxy) {
            settings.put("server.forward-headers-strategy", "native");
            settings.put("server.servlet.session.cookie.secure", "true");
        }
        return settings;
    }

    static boolean plainHttpToAnotherMachine(String url) {
        if (url == null || !url.regionMatches(true, 0, "http://", 0, 7)) {
            return false;
        }
        String host = URI.create(url.strip()).getHost();
        return host == null || !loopback(host);
    }

    /** Unset, unreadable, or an address on this machine's loopback. */
    static boolean onThisMachine(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || loopback(host);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static List<String> list(Environment environment, String key) {
        return Arrays.stream(environment.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
