package io.smartstore.store.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.store.security.Kiosks;
import jakarta.annotation.security.RolesAllowed;

/**
 * The shop's kiosks: enrol one and get its token (shown this once, kept only as a hash),
 * see when each was last seen, revoke one that was lost or replaced.
 */
@Route("kiosks")
@PageTitle("Kiosks · Smart Store")
@RolesAllowed({"MANAGER", "ADMIN"})
public class KiosksView extends Main {

    private final Kiosks kiosks;
    private final Grid<Kiosks.EnrolledKiosk> grid = new Grid<>();
    private final Paragraph token = new Paragraph();

    KiosksView(Kiosks kiosks) {
        this.kiosks = kiosks;
        addClassName("kiosks-view");
        TextField kioskId = new TextField("Kiosk name");
        kioskId.setId("kiosk-id");
        kioskId.setPlaceholder("kiosk-2");
        Button enrol = new Button("Enrol", click -> {
            String id = kioskId.getValue().strip();
            if (!id.matches("[a-z0-9-]{1,40}")) {
                token.setText("A kiosk name is up to 40 lower-case letters, digits and dashes.");
                return;
            }
            token.setText("Token for " + id + " (shown once, configure it as smartstore.store.token): " + kiosks.enrolWithNewToken(id));
            refresh();
        });
        enrol.setId("enrol-kiosk");
        token.setId("kiosk-token");
        grid.addColumn(Kiosks.EnrolledKiosk::id).setHeader("Kiosk");
        grid.addColumn(Kiosks.EnrolledKiosk::enrolledAt).setHeader("Enrolled");
        grid.addColumn(kiosk -> kiosk.lastSeenAt() == null ? "never" : kiosk.lastSeenAt().toString()).setHeader("Last seen");
        grid.addColumn(kiosk -> kiosk.revoked() ? "revoked" : "active").setHeader("Status");
        grid.addComponentColumn(kiosk -> {
            Button revoke = new Button("Revoke", click -> {
                kiosks.revoke(kiosk.id());
                refresh();
            });
            revoke.setEnabled(!kiosk.revoked());
            return revoke;
        });
        add(new H1("Kiosks"), new Paragraph("Each kiosk calls this server with its own token."), kioskId, enrol, token, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(kiosks.all());
    }
}
