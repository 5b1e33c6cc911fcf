package io.smartstore.support.problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Import this for problem details with stable codes on every API error, and bounded request bodies. */
@Configuration(proxyBeanMethods = false)
@Import(ApiExceptionHandler.class)
public class ProblemDetailsConfiguration {

    @Bean
    RequestSizeLimit requestSizeLimit() {
        return new RequestSizeLimit();
    }
}
