package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import io.smartstore.support.staff.StaffSettings;
import io.smartstore.support.staff.company.CompanySignIn;

/** Staff sign in here: with the company's provider when the app has one, and with the app's own accounts unless they are off. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class StaffLoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    StaffLoginView(StaffSettings settings, CompanySignIn company) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1(settings.title()));
        if (company.offered()) {
            // a plain link: the provider's sign-in is a full page change, not a route of this app
            Anchor withCompany = new Anchor(CompanySignIn.START.substring(1), "Sign in with your company account");
            withCompany.setRouterIgnore(true);
            withCompany.setId("company-sign-in");
            withCompany.addClassName("company-sign-in");
            add(withCompany);
        }
        login.setVisible(settings.localAccounts());
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            LoginI18n words = LoginI18n.createDefault();
            words.getErrorMessage().setTitle("Too many attempts");
            words.getErrorMessage().setMessage("Sign-in is paused for 15 minutes after repeated wrong passwords. Try again later, or ask an admin.");
            login.setI18n(words);
            login.setError(true);
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }
}
