package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.button.Button;
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
    private final String kind;
    private final StaffTable table;
    private final Paragraph token = new Paragraph();

    public EnrolmentPanel(EnrolledClients clients, String kind, String placeholder, String idPattern, String idRule, String tokenProperty) {
        this.clients = clients;
        this.kind = kind;
        this.table = new StaffTable(kind + "-list", "Enrolled " + kind + "s", capitalised(kind), "Enrolled", "Last seen", "Status", "Token");
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
        add(id, enrol, token, table);
        refresh();
    }

    private void refresh() {
        table.clear();
        for (EnrolledClients.Client client : clients.all()) {
            Button revoke = new Button("Revoke", click -> {
                clients.revoke(client.id());
                refresh();
            });
            revoke.setEnabled(!client.revoked());
            revoke.getElement().setAttribute("aria-label", "Revoke " + client.id());
            table.row(client.id(), client.enrolledAt(), client.lastSeenAt() == null ? "never" : client.lastSeenAt(),
                    client.revoked() ? "revoked" : "active", revoke);
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
