package io.smartstore.store.staff;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import io.smartstore.support.staff.ui.AuditView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's audit page without a browser: the week's entries, filtered by person, with its CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditViewTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    Clock clock;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void anAdminSeesWhatWasDoneByWhomAndFiltersByPerson() {
        String target = "day-" + UUID.randomUUID();
        trail.record(AuditAction.EXPORT_CSV, target); // done by the system: nobody signed in here
        MockVaadin.setup();
        AuditView view = new AuditView(trail);
        UI.getCurrent().add(view);
        assertThat(view.getElement().getTextRecursively()).contains(target).contains("EXPORT_CSV").contains("Download as CSV");

        _get(TextField.class, spec -> spec.withId("audit-actor")).setValue("nobody-did-anything");
        _click(_get(Button.class, spec -> spec.withId("audit-show")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-count")).getText()).isEqualTo("0 entries");
        assertThat(view.getElement().getTextRecursively()).doesNotContain(target);

        _get(TextField.class, spec -> spec.withId("audit-actor")).setValue("system");
        _click(_get(Button.class, spec -> spec.withId("audit-show")));
        assertThat(view.getElement().getTextRecursively()).contains(target);
    }
}
