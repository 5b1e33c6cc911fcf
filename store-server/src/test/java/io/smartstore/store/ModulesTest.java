package io.smartstore.store;

import io.smartstore.support.testing.ModulesCheck;
import org.junit.jupiter.api.Test;

/** The feature packages of the store server as Spring Modulith sees them, and their documentation in docs/modules/store-server/. */
@org.junit.jupiter.api.Tag("database-independent")
class ModulesTest {

    static final ModulesCheck MODULES = new ModulesCheck(StoreServerApplication.class, "store-server");

    @Test
    void everyModuleUsesOnlyTheOthersApisAndNoneDependsOnItself() {
        MODULES.verify();
    }

    @Test
    void theModulesDocumentationIsTheCommittedOne() throws Exception {
        MODULES.documentationIsTheCommittedOne();
    }
}
