package io.smartstore.support.problems;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Import this for problem details with stable codes on every API error, and bounded request bodies. */
@Configuration(proxyBeanMethods = false)
@Import({ApiExceptionHandler.class, ProblemErrorController.class, BatchProblems.class})
public class ProblemDetailsConfiguration {

    @Bean
    RequestSizeLimit requestSizeLimit() {
        return new RequestSizeLimit();
    }

    /** Tomcat's own refusals (oversized request line or headers, unparsable requests) as problem details too. */
    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }
}
