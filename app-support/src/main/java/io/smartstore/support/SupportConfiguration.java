package io.smartstore.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.support.metrics.AnswerCounters;
import io.smartstore.support.metrics.LintedMeters;

import io.smartstore.support.i18n.Translations;
import io.smartstore.support.jdbc.GuardedInsert;
import io.smartstore.support.problems.ProblemDetailsConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every Smart Store app imports: problem details and request limits, the production
 * guard, the translations, inserts that survive a race on H2 and PostgreSQL alike. Staff sign-in comes apart, with {@code @EnableStaffPages}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProblemDetailsConfiguration.class)
public class SupportConfiguration {

    @Bean
    GuardedInsert guardedInsert(PlatformTransactionManager transactions) {
        return new GuardedInsert(transactions);
    }

    @Bean
    io.smartstore.support.jdbc.DiskSync diskSync(javax.sql.DataSource dataSource) {
        return new io.smartstore.support.jdbc.DiskSync(dataSource);
    }

    @Bean
    AnswerCounters answerCounters(MeterRegistry meters) {
        return new AnswerCounters(meters);
    }

    @Bean
    LintedMeters lintedMeters() {
        return new LintedMeters();
    }

    @Bean
    io.smartstore.support.running.ThisApp thisApp(org.springframework.beans.factory.ObjectProvider<org.springframework.boot.info.BuildProperties> build,
                                                  java.time.Clock clock) {
        return new io.smartstore.support.running.ThisApp(build, clock);
    }

    @Bean
    Translations translations() {
        return new Translations();
    }
}
