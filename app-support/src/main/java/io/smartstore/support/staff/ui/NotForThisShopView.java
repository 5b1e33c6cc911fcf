package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.smartstore.support.staff.company.CompanyClaims;

/**
 * Where a person the company's provider signed in lands when this shop is not theirs (their
 * stores claim does not hold it) or they have no role here: plain words, nothing of the shop.
 */
@Route(value = "not-for-this-shop", autoLayout = false)
@PageTitle("Not for this shop")
@AnonymousAllowed
public class NotForThisShopView extends Main {

    NotForThisShopView(CompanyClaims claims) {
        addClassName("login-view");
        setId("not-for-this-shop");
        add(new H1("Not for this shop"),
                new Paragraph(claims.storeId().map(store -> "Your company account does not open shop " + store + ". ")
                        .orElse("Your company account has no role here. ")
                        + "If you work here, ask your administrator to add it to your account."));
        Anchor back = new Anchor("login", "Back to sign in");
        back.setRouterIgnore(true);
        add(back);
    }
}
