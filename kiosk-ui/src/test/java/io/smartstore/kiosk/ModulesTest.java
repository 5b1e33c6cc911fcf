package io.smartstore.kiosk;

import io.smartstore.support.testing.ModulesCheck;
import org.junit.jupiter.api.Test;

/** The feature packages of the kiosk as Spring Modulith sees them, and their documentation in docs/modules/kiosk-ui/. */
@org.junit.jupiter.api.Tag("database-independent")
class ModulesTest {

    static final ModulesCheck MODULES = new ModulesCheck(KioskApplication.class, "kiosk-ui");

    @Test
    void everyModuleUsesOnlyTheOthersApisAndNoneDependsOnItself() {
        MODULES.verify();
    }

    @Test
    void theModulesDocumentationIsTheCommittedOne() throws Exception {
        MODULES.documentationIsTheCommittedOne();
    }
}
