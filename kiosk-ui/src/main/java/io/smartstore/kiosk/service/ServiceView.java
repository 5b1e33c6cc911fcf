package io.smartstore.kiosk.service;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.kiosk.KioskSettings;
import io.smartstore.kiosk.feedback.KioskAnswers;
import io.smartstore.kiosk.readers.KioskReaders;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The staff's service screen: each reader's state and connection, and the outbox
 * backlog, refreshed every two seconds. It opens with the kiosk's service PIN
 * ({@code smartstore.kiosk.service-pin}); without a PIN configured it stays shut. Five wrong
 * tries lock it for five minutes ({@link ServicePinLock}).
 */
@Route("service")
@PageTitle("Kiosk service")
public class ServiceView extends Div {

    private final KioskReaders readers;
    private final KioskAnswers outbox;
    private final String pin;
    private final ServicePinLock lock;
    private final Div status = new Div();

    public ServiceView(KioskReaders readers, KioskAnswers outbox, KioskSettings settings, ServicePinLock lock) {
        this.readers = readers;
        this.outbox = outbox;
        this.lock = lock;
        this.pin = settings.kiosk().servicePin();
        setId("service-screen");
        addClassNames("service");
        add(new H1("Kiosk service"));
        if (pin == null || pin.isBlank()) {
            add(new Paragraph("The service screen is shut: set smartstore.kiosk.service-pin to open it."));
        } else {
            add(createPinPad());
        }
    }

    private Div createPinPad() {
        PasswordField entered = new PasswordField("Service PIN");
        entered.setId("service-pin");
        Span wrong = new Span();
        wrong.addClassName("service-error");
        Button open = new Button("Open", e -> {
            var locked = lock.lockedFor();
            if (locked.isPresent()) {
                wrong.setText("Too many wrong PINs: try again in " + Math.max(1, (locked.get().toSeconds() + 59) / 60) + " min");
                entered.clear();
            } else if (matches(entered.getValue())) {
                lock.opened();
                removeAll();
                add(new H1("Kiosk service"), status);
                refresh();
                getUI().ifPresent(ui -> {
                    ui.setPollInterval(2000);
                    ui.addPollListener(poll -> refresh());
                });
            } else {
                lock.wrongTry();
                wrong.setText(lock.lockedFor().isPresent() ? "Too many wrong PINs: try again in 5 min" : "Wrong PIN");
                entered.clear();
            }
        });
        open.setId("service-open");
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        return new Div(entered, open, wrong);
    }

    private boolean matches(String candidate) {
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), pin.getBytes(StandardCharsets.UTF_8));
    }

    private void refresh() {
        status.removeAll();
        status.add(new H2("Readers"));
        if (readers.status().isEmpty()) {
            status.add(new Paragraph("No reader is configured."));
        }
        readers.status().forEach((name, reader) -> {
            Div row = new Div(new Span(name), new Span(reader.state().name().toLowerCase(Locale.ROOT)),
                    new Span(reader.connection().name().toLowerCase(Locale.ROOT)));
            row.addClassNames("service-row", reader.healthy() ? "ok" : "attention");
            row.setId("reader-" + name);
            status.add(row);
        });
        io.smartstore.support.relay.Outbox.Backlog backlog = outbox.backlog();
        status.add(new H2("Answers waiting for the store"));
        Paragraph waiting = new Paragraph(backlog.count() + " waiting"
                + backlog.oldestAge().map(age -> ", the oldest for " + age.toMinutes() + " min").orElse(""));
        waiting.setId("outbox-backlog");
        status.add(waiting);
    }
}
