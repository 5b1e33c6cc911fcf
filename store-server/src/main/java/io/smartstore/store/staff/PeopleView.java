package io.smartstore.store.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.smartstore.support.staff.ui.StaffTable;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.support.staff.StaffAccountsController;
import io.smartstore.support.staff.StaffRoles;
import io.smartstore.support.staff.StaffUsers;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * The shop's people (admin): create an adviser or a manager with the name customers will
 * see, reset a forgotten password, deactivate someone who left. No self-registration.
 */
@Route("people")
@PageTitle("People · Smart Store")
@Menu(title = "People", order = 8, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends Main {

    private final StaffUsers staff;
    private final StaffTable table = new StaffTable("people", "Staff accounts", "Username", "Name", "Roles", "Status", "New password", "");
    private final Paragraph result = new Paragraph();

    PeopleView(StaffUsers staff, StaffRoles staffRoles) {
        this.staff = staff;
        addClassName("people-view");
        TextField username = new TextField("Username");
        username.setId("person-username");
        TextField displayName = new TextField("Name shown to customers");
        displayName.setId("person-name");
        EmailField email = new EmailField("E-mail (optional)");
        email.setId("person-email");
        PasswordField password = new PasswordField("First password");
        password.setId("person-password");
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
        roles.setItems(staffRoles.all().stream().sorted().toList());
        roles.setId("person-roles");
        Button create = new Button("Create", click -> {
            var account = new StaffAccountsController.NewAccount(username.getValue().strip(), password.getValue(),
                    roles.getValue().stream().sorted().toList(), displayName.getValue(), email.getValue());
            List<String> problems = account.problems(staffRoles.all());
            if (!problems.isEmpty()) {
                result.setText(String.join("; ", problems));
            } else if (staff.exists(account.username())) {
                result.setText("There is already an account with this username.");
            } else {
                staff.add(account.username(), account.password(), account.roles(), account.displayName().strip(),
                        account.email() == null || account.email().isBlank() ? null : account.email().strip());
                result.setText("Created " + account.username() + ".");
                password.clear();
                refresh();
            }
        });
        create.setId("create-person");
        result.setId("people-result");
        Div form = new Div(username, displayName, email, password, roles, create);
        form.addClassName("people-form");
        add(new H1("People"), form, result, table);
        refresh();
    }

    private void refresh() {
        table.clear();
        for (StaffUsers.Account account : staff.all()) {
            PasswordField reset = new PasswordField();
            reset.setAriaLabel("New password for " + account.username());
            Button set = new Button("Set", click -> {
                if (reset.getValue().length() < StaffAccountsController.MIN_PASSWORD) {
                    result.setText("A password has at least " + StaffAccountsController.MIN_PASSWORD + " characters.");
                    return;
                }
                staff.setPassword(account.username(), reset.getValue());
                result.setText("New password set for " + account.username() + ".");
                reset.clear();
            });
            set.getElement().setAttribute("aria-label", "Set the new password of " + account.username());
            Button deactivate = new Button("Deactivate", click -> {
                staff.deactivate(account.username());
                result.setText(account.username() + " can no longer sign in.");
                refresh();
            });
            deactivate.setEnabled(account.active());
            deactivate.getElement().setAttribute("aria-label", "Deactivate " + account.username());
            table.row(account.username(), account.displayName(), String.join(", ", account.roles()),
                    account.active() ? "active" : "deactivated", new com.vaadin.flow.component.Component[]{reset, set}, deactivate);
        }
    }
}
