package io.smartstore.central.admin;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.ui.EnrolmentPanel;
import jakarta.annotation.security.RolesAllowed;

/** The stores that may send answers: enrol one and get its token, see when each was last seen, revoke one. */
@Route("stores")
@PageTitle("Stores · Smart Store central")
@Menu(title = "Stores", order = 8, icon = "vaadin:shop")
@RolesAllowed("ADMIN")
public class StoresView extends Main {

    StoresView(EnrolledClients stores) {
        addClassName("stores-view");
        add(new H1("Stores"), new Paragraph("Each store calls central with its own token."),
                new EnrolmentPanel(stores, "store", "FR-PARIS-02", "[A-Z0-9-]{1,40}",
                        "A store id is up to 40 upper-case letters, digits and dashes.", "smartstore.central.token"));
    }
}
