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
import io.smartstore.support.staff.StaffSettings;

/** Staff sign in here (Spring Security form login). */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public class StaffLoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    StaffLoginView(StaffSettings settings) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1(settings.title()), login);
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
