package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.smartstore.support.staff.company.SignedInName;
import io.smartstore.support.staff.StaffSettings;
import io.smartstore.support.staff.StaffUsers;
import jakarta.annotation.security.PermitAll;

/**
 * Every staff page sits in this layout: the app's name, the pages this person's roles
 * open (from each view's {@code @Menu}, filtered by access), who is signed in and a way out.
 * On a tablet the navigation folds into a drawer.
 */
@Layout
@PermitAll
public class StaffLayout extends AppLayout {

    StaffLayout(StaffSettings settings, AuthenticationContext authentication, StaffUsers staff) {
        addClassName("staff-layout");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span title = new Span(settings.title());
        title.addClassName("staff-title");
        Div user = new Div();
        user.addClassName("staff-user");
        authentication.getPrincipalName().ifPresent(name -> user.add(new Span(
                SignedInName.of(authentication.getAuthenticatedUser(Object.class).orElse(null), name, staff))));
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        user.add(signOut);
        addToNavbar(toggle, title, user);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("staff-nav");
        nav.setLabel("Pages");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
