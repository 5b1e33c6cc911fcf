package io.smartstore.support.testing;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

/**
 * An app's feature packages as Spring Modulith sees them, checked the same way in every app: modules that use only
 * each other's top-level types, with no cycle between them; and their documentation (a diagram of the whole, one per
 * module, each module's canvas), which the build writes and {@code docs/modules/<app>/} must hold as it is.
 */
public final class ModulesCheck {

    private final ApplicationModules modules;
    private final String app;

    /** {@code application}: the app's {@code @SpringBootApplication}; {@code app}: its module's name. */
    public ModulesCheck(Class<?> application, String app) {
        this.modules = ApplicationModules.of(application);
        this.app = app;
    }

    public void verify() {
        modules.verify();
    }

    public void documentationIsTheCommittedOne() throws Exception {
        Path written = Path.of("target/modules/" + app).toAbsolutePath();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        CommittedFolder.assertSame(written, CommittedFolder.root().resolve("docs/modules/" + app));
    }
}
