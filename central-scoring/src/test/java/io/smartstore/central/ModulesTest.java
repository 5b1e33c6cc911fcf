package io.smartstore.central;

import io.smartstore.support.testing.ModulesCheck;
import org.junit.jupiter.api.Test;

/** The feature packages of central scoring as Spring Modulith sees them, and their documentation in docs/modules/central-scoring/. */
@org.junit.jupiter.api.Tag("database-independent")
class ModulesTest {

    static final ModulesCheck MODULES = new ModulesCheck(CentralScoringApplication.class, "central-scoring");

    @Test
    void everyModuleUsesOnlyTheOthersApisAndNoneDependsOnItself() {
        MODULES.verify();
    }

    @Test
    void theModulesDocumentationIsTheCommittedOne() throws Exception {
        MODULES.documentationIsTheCommittedOne();
    }
}
