package io.smartstore.store.manager;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.smartstore.support.staff.StaffUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's people page without a browser: create an adviser, refuse a bad account, deactivate. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.Tag("database-independent") // runs once, on H2: what it checks does not depend on the database
class PeopleViewTest {

    @Autowired
    StaffUsers staff;
    @Autowired
    io.smartstore.support.staff.StaffRoles roles;
    @Autowired
    io.smartstore.support.staff.StaffAccounts accounts;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> contexts;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        new io.smartstore.support.testing.SignedIn(contexts).as("admin", "ADMIN"); // the admin's page: the accounts' service lets only an admin through
        UI.getCurrent().add(new PeopleView(staff, accounts, roles));
    }

    @AfterEach
    void close() {
        new io.smartstore.support.testing.SignedIn(contexts).out();
        MockVaadin.tearDown();
    }

    @Test
    void anAdminCreatesAnAdviserAndLaterDeactivatesThem() {
        _get(TextField.class, spec -> spec.withId("person-username")).setValue("ines");
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Inès");
        _get(PasswordField.class, spec -> spec.withId("person-password")).setValue("ines-password-1");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        roles.setValue(Set.of("ADVISER"));
        _click(_get(Button.class, spec -> spec.withId("create-person")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("people-result")).getText()).isEqualTo("Created ines.");
        assertThat(staff.displayNameOf("ines")).isEqualTo("Inès");
        assertThat(staff.loadUserByUsername("ines").isEnabled()).isTrue();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Deactivate ines")));
        assertThat(staff.loadUserByUsername("ines").isEnabled()).isFalse();
    }

    @Test
    void aBadAccountIsRefusedWithWhatIsWrong() {
        _get(TextField.class, spec -> spec.withId("person-username")).setValue("Not Valid");
        _get(PasswordField.class, spec -> spec.withId("person-password")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("create-person")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("people-result")).getText())
                .contains("username is 2 to 64").contains("password has 10").contains("roles are one or more").contains("displayName");
        assertThat(staff.exists("Not Valid")).isFalse();
    }
}
