package io.smartstore.central.scores;

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
 * The web edge of {@code GET /api/v1/scores} alone (a slice: no database, no other feature): what a query may be and
 * how a wrong one is refused, and that the answer is the service's figures for what was asked. Who may ask is the
 * access sweep's ({@code AuthorisationTest}); the figures themselves are the service's tests'.
 */
@WebMvcTest(ScoresController.class)
@Import(ProblemDetailsConfiguration.class)
@WithMockUser(roles = "ANALYST")
@org.junit.jupiter.api.Tag("database-independent")
class ScoresControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ScoreService scores;

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndNothingIsRead() {
        assertThat(mvc.get().uri("/api/v1/scores?from=2026-11-02&to=2026-11-01")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("invalid_period");
        verifyNoInteractions(scores);
    }

    @Test
    void aPeriodLongerThanTenYearsIsRefused() {
        assertThat(mvc.get().uri("/api/v1/scores?from=2015-01-01&to=2026-01-01")).hasStatus(400)
                .bodyJson().extractingPath("$.title").isEqualTo("a period is at most 3661 days");
        verifyNoInteractions(scores);
    }

    @Test
    void aCountryThatIsNoCodeAndADayThatIsNoDayAreRefusedEachWithItsCode() {
        assertThat(mvc.get().uri("/api/v1/scores?from=2026-11-01&to=2026-11-30&country=France")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("invalid_country");
        assertThat(mvc.get().uri("/api/v1/scores?from=2026-11-01&to=soon")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("malformed_request");
        assertThat(mvc.get().uri("/api/v1/scores?to=2026-11-30")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("malformed_request");
        verifyNoInteractions(scores);
    }

    @Test
    void theAnswerIsTheServicesFiguresForThePeriodAndCountryAsked() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        when(scores.of(from, to, "FR")).thenReturn(new Scores(from, to,
                List.of(new Scores.CountryScore("FR", 42.5, 3.1, 120, 40.0, 0.8, List.of())), new Scores.GroupScore(42.5, 3.1, 120)));
        var answer = assertThat(mvc.get().uri("/api/v1/scores?from=2026-11-01&to=2026-11-30&country=FR")).hasStatusOk().bodyJson();
        answer.extractingPath("$.countries[0].country").isEqualTo("FR");
        answer.extractingPath("$.countries[0].nps").isEqualTo(42.5);
        answer.extractingPath("$.group.responses").isEqualTo(120);
    }
}
