package io.smartstore.store.staff;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.staff.ui.EnrolmentPanel;
import jakarta.annotation.security.RolesAllowed;

/** The shop's kiosks: enrol one and get its token, see when each was last seen, revoke one. */
@Route("kiosks")
@PageTitle("Kiosks · Smart Store")
@Menu(title = "Kiosks", order = 9, icon = "vaadin:tablet")
@RolesAllowed({"MANAGER", "ADMIN"})
public class KiosksView extends Main {

    KiosksView(EnrolledClients kiosks) {
        addClassName("kiosks-view");
        add(new H1("Kiosks"), new Paragraph("Each kiosk calls this server with its own token."),
                new EnrolmentPanel(kiosks, "kiosk", "kiosk-2", "[a-z0-9-]{1,40}",
                        "A kiosk name is up to 40 lower-case letters, digits and dashes.", "smartstore.store.token"));
    }
}
