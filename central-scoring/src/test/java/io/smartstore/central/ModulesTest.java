package io.smartstore.central;

import io.smartstore.support.testing.CommittedFolder;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

/**
 * The feature packages of central scoring as Spring Modulith sees them: modules that use only each other's top-level
 * types, with no cycle between them; and their documentation (a diagram of the whole, one per module, each module's
 * canvas), which the build writes and docs/modules/central-scoring/ must hold as it is.
 */
@org.junit.jupiter.api.Tag("database-independent")
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CentralScoringApplication.class);

    @Test
    void everyModuleUsesOnlyTheOthersApisAndNoneDependsOnItself() {
        MODULES.verify();
    }

    @Test
    void theModulesDocumentationIsTheCommittedOne() throws Exception {
        Path written = Path.of("target/modules/central-scoring").toAbsolutePath();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        CommittedFolder.assertSame(written, CommittedFolder.root().resolve("docs/modules/central-scoring"));
    }
}
