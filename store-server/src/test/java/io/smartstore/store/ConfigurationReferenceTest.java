package io.smartstore.store;

import io.smartstore.support.testing.ConfigurationReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** docs/configuration/store-server.md is what the build's configuration metadata says, every key set here documented. */
@Tag("database-independent")
class ConfigurationReferenceTest {

    @Test
    void theReferenceIsTheOneTheBuildWrites() throws Exception {
        ConfigurationReference.check("store-server", "the store server");
    }
}
