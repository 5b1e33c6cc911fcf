package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.smartstore.support.clients.EnrolledClients;

/**
 * Enrol a client (a kiosk at the store, a store at central) and get its token, shown this
 * once and kept only as a hash; see when each was last seen; revoke one lost or replaced.
 *
 * @param kind          what a client is, for ids and labels: {@code kiosk}, {@code store}
 * @param idPattern     what a client's id may be, and {@code idRule} the same in words
 * @param tokenProperty where the client configures its token
 */
public class EnrolmentPanel extends Div {

    private final EnrolledClients clients;
    private final Grid<EnrolledClients.Client> grid = new Grid<>();
    private final Paragraph token = new Paragraph();

    public EnrolmentPanel(EnrolledClients clients, String kind, String placeholder, String idPattern, String idRule, String tokenProperty) {
        this.clients = clients;
        addClassName("enrolment");
        TextField id = new TextField(capitalised(kind) + " id");
        id.setId(kind + "-id");
        id.setPlaceholder(placeholder);
        Button enrol = new Button("Enrol", click -> {
            String value = id.getValue().strip();
            if (!value.matches(idPattern)) {
                token.setText(idRule);
                return;
            }
            token.setText("Token for " + value + " (shown once, configure it as " + tokenProperty + "): " + clients.enrolWithNewToken(value));
            refresh();
        });
        enrol.setId("enrol-" + kind);
        token.setId(kind + "-token");
        grid.addColumn(EnrolledClients.Client::id).setHeader(capitalised(kind));
        grid.addColumn(EnrolledClients.Client::enrolledAt).setHeader("Enrolled");
        grid.addColumn(client -> client.lastSeenAt() == null ? "never" : client.lastSeenAt().toString()).setHeader("Last seen");
        grid.addColumn(client -> client.revoked() ? "revoked" : "active").setHeader("Status");
        grid.addComponentColumn(client -> {
            Button revoke = new Button("Revoke", click -> {
                clients.revoke(client.id());
                refresh();
            });
            revoke.setEnabled(!client.revoked());
            return revoke;
        });
        add(id, enrol, token, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.all());
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
