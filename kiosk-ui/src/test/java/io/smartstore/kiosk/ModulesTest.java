package io.smartstore.kiosk;

import io.smartstore.support.testing.CommittedFolder;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

/**
 * The feature packages of the kiosk as Spring Modulith sees them: modules that use only each other's top-level
 * types, with no cycle between them; and their documentation (a diagram of the whole, one per module, each module's
 * canvas), which the build writes and docs/modules/kiosk-ui/ must hold as it is.
 */
@org.junit.jupiter.api.Tag("database-independent")
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KioskApplication.class);

    @Test
    void everyModuleUsesOnlyTheOthersApisAndNoneDependsOnItself() {
        MODULES.verify();
    }

    @Test
    void theModulesDocumentationIsTheCommittedOne() throws Exception {
        Path written = Path.of("target/modules/kiosk-ui").toAbsolutePath();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        CommittedFolder.assertSame(written, CommittedFolder.root().resolve("docs/modules/kiosk-ui"));
    }
}
