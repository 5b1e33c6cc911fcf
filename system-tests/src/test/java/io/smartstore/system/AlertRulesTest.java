package io.smartstore.system;

import io.smartstore.support.testing.Promtool;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample alert rules an operator starts from (deploy/prometheus) are valid and fire when
 * they should: answers waiting 15 minutes, a backlog growing for half an hour, a relay
 * refused, a reader down for 5 minutes — and not before (promtool's rule unit tests).
 */
class AlertRulesTest {

    private static final Path RULES = Path.of(System.getProperty("smartstore.root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/prometheus");

    @Test
    void theRulesAreValid() throws Exception {
        Promtool.Result checked = Promtool.run(RULES, "check", "rules", "smartstore-alerts.yml");
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void theAlertsFireWhenTheyShouldAndNotBefore() throws Exception {
        Promtool.Result tested = Promtool.run(RULES, "test", "rules", "smartstore-alerts.test.yml");
        assertThat(tested.exit()).as(tested.output()).isZero();
    }
}
