package io.smartstore.store.manager;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.fleet.FleetBroadcaster;
import io.smartstore.store.fleet.KioskFleet;
import io.smartstore.store.fleet.KioskStatus;
import io.smartstore.support.clients.EnrolledClients;
import io.smartstore.support.push.LiveRefresh;
import io.smartstore.support.staff.ui.EnrolmentPanel;
import io.smartstore.support.staff.ui.StaffTable;
import static io.smartstore.support.staff.ui.FleetText.ago;
import static io.smartstore.support.staff.ui.FleetText.readers;
import static io.smartstore.support.staff.ui.FleetText.waiting;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The shop's kiosks: how each is doing now — ONLINE, DEGRADED, OFFLINE or CLOSED and why, version, readers,
 * answers waiting — live (a heartbeat shows at once, silence within 10 s); and enrolling and revoking them.
 */
@Route("kiosks")
@PageTitle("Kiosks · Smart Store")
@Menu(title = "Kiosks", order = 9, icon = "vaadin:tablet")
@RolesAllowed({"MANAGER", "ADMIN"})
public class KiosksView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);
    private final KioskFleet fleet;
    private final Clock clock;
    private final ZoneId zone;
    private final StaffTable now = new StaffTable("fleet", "Kiosks now, problems first",
            "State", "Why", "Last contact", "Version", "Readers", "Answers waiting");

    KiosksView(EnrolledClients kiosks, KioskFleet fleet, FleetBroadcaster heard, Clock clock, StoreSettings settings) {
        this.fleet = fleet;
        this.clock = clock;
        this.zone = settings.store().zone();
        addClassName("kiosks-view");
        add(new H1("Kiosks"), now, new H2("Enrol a kiosk"), new Paragraph("Each kiosk calls this server with its own token."),
                new EnrolmentPanel(kiosks, "kiosk", "kiosk-2", "[a-z0-9-]{1,40}",
                        "A kiosk name is up to 40 lower-case letters, digits and dashes.", "smartstore.store.token"));
        show();
        LiveRefresh.keep(this, heard, 10_000, this::show, this::show); // a kiosk goes OFFLINE by its silence alone
    }

    private void show() {
        now.clear();
        Instant at = clock.instant();
        for (KioskStatus kiosk : fleet.kiosks()) {
            now.row(kiosk.kioskId(), kiosk.state().name(), kiosk.reason(), contact(kiosk.lastContactAt(), at),
                    kiosk.version() == null ? "" : kiosk.version(), readers(kiosk.readers()), waiting(kiosk.outbox(), at))
                    .setAttribute("data-state", kiosk.state().name());
        }
    }

    private String contact(Instant last, Instant at) {
        return last == null ? "never" : TIME.format(last.atZone(zone)) + " (" + ago(last, at) + ")";
    }



}
