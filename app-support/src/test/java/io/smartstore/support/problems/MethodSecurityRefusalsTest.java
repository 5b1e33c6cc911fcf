package io.smartstore.support.problems;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** A service refusing the signed-in person by its {@code @RolesAllowed} answers as the filter chain would: 403, {@code forbidden}. */
class MethodSecurityRefusalsTest {

    @RestController
    static class Refusing {
        @GetMapping("/api/v1/guarded")
        String guarded() {
            throw new AccessDeniedException("Access Denied");
        }
    }

    @Test
    void aServicesRefusalIsAForbiddenProblem() {
        MockMvcTester mvc = MockMvcTester.of(java.util.List.of(new Refusing()), builder -> builder.setControllerAdvice(new MethodSecurityRefusals()).build());
        var answer = assertThat(mvc.get().uri("/api/v1/guarded")).hasStatus(403);
        answer.hasContentType("application/problem+json");
        answer.bodyJson().extractingPath("$.code").isEqualTo("forbidden");
    }
}
