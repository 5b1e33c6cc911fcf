package io.smartstore.central.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.smartstore.central.tokens.QrImages;
import io.smartstore.central.tokens.TokenIssuer;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;

/**
 * A customer's app code, as the operator's app would show it: a fresh signed token every
 * 30 seconds, drawn as a QR code to hold up to a kiosk's camera or scanner.
 */
@Route("app-code")
@PageTitle("App code · Smart Store central")
@com.vaadin.flow.router.Menu(title = "App code", order = 9, icon = "vaadin:qrcode")
@RolesAllowed("ADMIN")
public class AppCodeView extends Main {

    private final TokenIssuer issuer;
    private final TextField customer = new TextField("Customer ref", "C-001001", "");
    private final Image code = new Image();
    private final Paragraph expiry = new Paragraph();

    AppCodeView(TokenIssuer issuer) {
        this.issuer = issuer;
        addClassName("app-code-view");
        code.setId("app-code");
        code.setAlt("The customer's app code");
        customer.setValue("C-001001");
        customer.addValueChangeListener(change -> refresh());
        add(new H1("App code"), new Paragraph("Hold this code up to a kiosk: it changes every 30 seconds and works once."),
                customer, code, expiry);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        event.getUI().setPollInterval(30_000);
        event.getUI().addPollListener(poll -> refresh());
    }

    private void refresh() {
        String ref = customer.getValue().strip();
        if (!ref.matches("[A-Za-z0-9_-]{1,64}")) {
            expiry.setText("A customer ref is letters, digits and dashes.");
            return;
        }
        issuer.issue(ref).ifPresentOrElse(token -> {
            byte[] png = QrImages.png(token.token(), 8);
            code.setSrc(DownloadHandler.fromInputStream(download ->
                    new DownloadResponse(new ByteArrayInputStream(png), "app-code.png", "image/png", png.length)));
            expiry.setText("Valid until " + token.expiresAt());
        }, () -> expiry.setText("This central has no token key (smartstore.tokens.private-key)."));
    }
}
