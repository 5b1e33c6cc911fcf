package io.smartstore.support.http;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Spring Security's headers (HSTS over https, no sniffing, no framing…) written before a request is handled, not
 * when it ends. Written at the end they come too late twice: Vaadin's index page is committed past Spring Security's
 * response wrapper (the headers never reached the sign-in page), and a streamed answer (a backup) is still being
 * written on another thread when the filter chain returns — Tomcat's headers are then changed by two threads at once
 * and the connection dropped without an answer (found by the store's API fuzzing).
 */
public final class EagerSecurityHeaders {

    private EagerSecurityHeaders() {
    }

    public static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
    }
}
