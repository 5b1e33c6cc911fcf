package io.smartstore.support.testing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradeFixtureTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void aFigureThatMovesOrGoesIsADifferenceAFieldAddedIsNot() {
        var then = JSON.readTree("{\"nps\":12.5,\"byHour\":[{\"hour\":9,\"responses\":4}],\"followUps\":{\"overdue\":2}}");
        assertThat(UpgradeFixture.differences(then, JSON.readTree(
                "{\"nps\":12.5,\"byHour\":[{\"hour\":9,\"responses\":4,\"added\":true}],\"followUps\":{\"overdue\":2},\"fleet\":[]}"))).isEmpty();
        assertThat(UpgradeFixture.differences(then, JSON.readTree("{\"nps\":12.6,\"byHour\":[{\"hour\":9,\"responses\":4}]}")))
                .containsExactly("$.nps was 12.5, now 12.6", "$.followUps is gone (was {\"overdue\":2})");
        assertThat(UpgradeFixture.differences(then, JSON.readTree("{\"nps\":12.5,\"byHour\":[],\"followUps\":{\"overdue\":2}}")))
                .containsExactly("$.byHour had 1 items, now 0");
    }
}
