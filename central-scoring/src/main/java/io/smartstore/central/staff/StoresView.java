package io.smartstore.central.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.central.security.Stores;
import jakarta.annotation.security.RolesAllowed;

/**
 * The stores that may send answers: enrol one and get its token (shown this once, kept
 * only as a hash), see when each was last seen, revoke one.
 */
@Route("")
@PageTitle("Stores · Smart Store central")
@RolesAllowed("ADMIN")
public class StoresView extends Main {

    private final Stores stores;
    private final Grid<Stores.EnrolledStore> grid = new Grid<>();
    private final Paragraph token = new Paragraph();

    StoresView(Stores stores) {
        this.stores = stores;
        addClassName("stores-view");
        TextField storeId = new TextField("Store id");
        storeId.setId("store-id");
        storeId.setPlaceholder("FR-PARIS-02");
        Button enrol = new Button("Enrol", click -> {
            String id = storeId.getValue().strip();
            if (!id.matches("[A-Z0-9-]{1,40}")) {
                token.setText("A store id is up to 40 upper-case letters, digits and dashes.");
                return;
            }
            token.setText("Token for " + id + " (shown once, configure it as smartstore.central.token): " + stores.enrolWithNewToken(id));
            refresh();
        });
        enrol.setId("enrol-store");
        token.setId("store-token");
        grid.addColumn(Stores.EnrolledStore::id).setHeader("Store");
        grid.addColumn(Stores.EnrolledStore::enrolledAt).setHeader("Enrolled");
        grid.addColumn(store -> store.lastSeenAt() == null ? "never" : store.lastSeenAt().toString()).setHeader("Last seen");
        grid.addColumn(store -> store.revoked() ? "revoked" : "active").setHeader("Status");
        grid.addComponentColumn(store -> {
            Button revoke = new Button("Revoke", click -> {
                stores.revoke(store.id());
                refresh();
            });
            revoke.setEnabled(!store.revoked());
            return revoke;
        });
        add(new H1("Stores"), new Paragraph("Each store calls central with its own token."), storeId, enrol, token, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(stores.all());
    }
}
