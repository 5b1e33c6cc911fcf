package io.smartstore.store.manager;

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
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.support.staff.NewAccount;
import io.smartstore.support.staff.StaffAccounts;
import io.smartstore.support.staff.StaffRoles;
import io.smartstore.support.staff.StaffUsers;
import jakarta.annotation.security.RolesAllowed;


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
    private final StaffAccounts accounts;
    private final StaffTable table = new StaffTable("people", "Staff accounts", "Username", "Name", "Roles", "Status", "New password", "");
    private final Paragraph result = new Paragraph();

    PeopleView(StaffUsers staff, StaffAccounts accounts, StaffRoles staffRoles) {
        this.staff = staff;
        this.accounts = accounts;
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
        BeanValidationBinder<NewAccount> binder = new BeanValidationBinder<>(NewAccount.class);
        binder.forField(username).withConverter(String::strip, text -> text).bind("username");
        binder.forField(password).bind("password");
        binder.forField(roles).withConverter(chosen -> chosen.stream().sorted().toList(), list -> new java.util.HashSet<>(list)).bind("roles");
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        Button create = new Button("Create", click -> {
            try {
                NewAccount account = binder.writeRecord();
                accounts.create(account);
                result.setText("Created " + account.username() + ".");
                password.clear();
                refresh();
            } catch (ValidationException invalid) {
                result.setText(String.join("; ", invalid.getFieldValidationErrors().stream()
                        .map(error -> error.getMessage().orElse("")).toList()));
            } catch (Refusal refused) {
                result.setText(refused.getMessage() + ".");
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
            BeanValidationBinder<NewAccount.NewPassword> newPassword = new BeanValidationBinder<>(NewAccount.NewPassword.class);
            newPassword.forField(reset).bind("password");
            Button set = new Button("Set", click -> {
                try {
                    accounts.resetPassword(account.username(), newPassword.writeRecord().password());
                    result.setText("New password set for " + account.username() + ".");
                    reset.clear();
                } catch (ValidationException invalid) {
                    result.setText("A password has at least " + NewAccount.MIN_PASSWORD + " characters.");
                }
            });
            set.getElement().setAttribute("aria-label", "Set the new password of " + account.username());
            Button deactivate = new Button("Deactivate", click -> {
                accounts.deactivate(account.username());
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
