package io.smartstore.store.scores;

import io.smartstore.support.problems.ProblemDetailsConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The web edge of the store's {@code GET /api/v1/scores/trend} alone (a slice): a period of at most a year, a wrong
 * one refused with its code, the answer the service's days for the period asked.
 */
@WebMvcTest(TrendController.class)
@Import(ProblemDetailsConfiguration.class)
@WithMockUser(roles = "MANAGER")
@org.junit.jupiter.api.Tag("database-independent")
class TrendControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TrendService trends;

    @Test
    void aYearIsReadAndLongerIsRefused() {
        LocalDate from = LocalDate.of(2025, 11, 30);
        LocalDate to = LocalDate.of(2026, 11, 30);
        when(trends.between(from, to)).thenReturn(new Trend(List.of(new Trend.Day(to, 12, 25.0, 30.1)), new Trend.Change(25.0, 10.0, false)));
        var answer = assertThat(mvc.get().uri("/api/v1/scores/trend?from=2025-11-30&to=2026-11-30")).hasStatusOk().bodyJson();
        answer.extractingPath("$.days[0].responses").isEqualTo(12);
        answer.extractingPath("$.change.previousNps").isEqualTo(10.0);
        assertThat(mvc.get().uri("/api/v1/scores/trend?from=2025-11-28&to=2026-11-30")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("invalid_period");
    }

    @Test
    void aPeriodBackwardsOrWithoutItsEndIsRefusedAndNothingIsRead() {
        assertThat(mvc.get().uri("/api/v1/scores/trend?from=2026-11-08&to=2026-11-01")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("invalid_period");
        assertThat(mvc.get().uri("/api/v1/scores/trend?from=2026-11-08")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("malformed_request");
        verifyNoInteractions(trends);
    }
}
