package io.smartstore.central.fleet;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.support.push.LiveRefresh;
import io.smartstore.support.staff.ui.StaffTable;
import static io.smartstore.support.staff.ui.FleetText.ago;
import static io.smartstore.support.staff.ui.FleetText.readers;
import static io.smartstore.support.staff.ui.FleetText.waiting;
import jakarta.annotation.security.RolesAllowed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Headquarters' Fleet page: stores and kiosks by country and state, the stores with a problem first, and a store's
 * kiosks ({@code fleet?store=FR-PARIS-01}); redrawn every 15 s.
 */
@Route("fleet")
@PageTitle("Fleet · Smart Store central")
@Menu(title = "Fleet", order = 6, icon = "vaadin:cluster")
@RolesAllowed({"ANALYST", "ADMIN"})
public class FleetView extends Main implements BeforeEnterObserver {

    private final StoreFleet fleet;
    private final Clock clock;
    private final Div content = new Div();
    private String selected;

    FleetView(StoreFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
        addClassName("fleet-view");
        add(new H1("Fleet"), content);
        LiveRefresh.every(this, 15_000, this::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        select(event.getLocation().getQueryParameters().getSingleParameter("store").orElse(null));
    }

    /** Shows the fleet, and the kiosks of {@code storeId} when not null. */
    void select(String storeId) {
        selected = storeId;
        show();
    }

    private void show() {
        content.removeAll();
        Instant now = clock.instant();
        List<StoreStatus> stores = fleet.stores(null, null);
        content.add(counts(stores), storesTable(stores, now));
        stores.stream().filter(store -> store.storeId().equals(selected)).findFirst().ifPresent(store -> content.add(kiosks(store, now)));
    }

    private static StaffTable counts(List<StoreStatus> stores) {
        StaffTable table = new StaffTable("fleet-counts", "Stores and kiosks by country", "Stores offline", "Stores degraded", "Stores online",
                "Stores closed", "Kiosks offline", "Kiosks degraded", "Kiosks online");
        Map<String, List<StoreStatus>> byCountry = new TreeMap<>(stores.stream()
                .collect(Collectors.groupingBy(store -> Objects.requireNonNullElse(store.country(), "?"))));
        byCountry.forEach((country, inCountry) -> {
            Map<FleetState, Long> storeStates = new EnumMap<>(FleetState.class);
            Map<FleetState, Long> kioskStates = new EnumMap<>(FleetState.class);
            inCountry.forEach(store -> {
                storeStates.merge(store.state(), 1L, Long::sum);
                store.kiosks().forEach(kiosk -> kioskStates.merge(kiosk.state(), 1L, Long::sum));
            });
            table.row(country, count(storeStates, FleetState.OFFLINE), count(storeStates, FleetState.DEGRADED), count(storeStates, FleetState.ONLINE),
                    count(storeStates, FleetState.CLOSED), count(kioskStates, FleetState.OFFLINE), count(kioskStates, FleetState.DEGRADED),
                    count(kioskStates, FleetState.ONLINE));
        });
        return table;
    }

    private static String count(Map<FleetState, Long> counts, FleetState state) {
        return String.valueOf(counts.getOrDefault(state, 0L));
    }

    private static StaffTable storesTable(List<StoreStatus> stores, Instant now) {
        StaffTable table = new StaffTable("fleet-stores", "Stores, problems first", "Country", "State", "Why", "Last report", "Version",
                "Answers waiting", "Free disk", "Kiosks");
        for (StoreStatus store : stores) {
            Anchor drill = new Anchor("fleet?store=" + URLEncoder.encode(store.storeId(), StandardCharsets.UTF_8), store.storeId());
            table.row(drill, Objects.requireNonNullElse(store.country(), ""), store.state().name(), store.reason(), ago(store.lastContactAt(), now),
                    Objects.requireNonNullElse(store.version(), ""), waiting(store.relay(), now),
                    store.freeDiskBytes() == null ? "" : gigabytes(store.freeDiskBytes()), String.valueOf(store.kiosks().size()))
                    .setAttribute("data-state", store.state().name());
        }
        return table;
    }

    private static Div kiosks(StoreStatus store, Instant now) {
        StaffTable table = new StaffTable("fleet-kiosks", "Kiosks of " + store.storeId() + " as it last reported",
                "State", "Why", "Last contact", "Version", "Readers", "Answers waiting");
        for (FleetReport.Kiosk kiosk : store.kiosks()) {
            table.row(kiosk.kioskId(), kiosk.state().name(), Objects.requireNonNullElse(kiosk.reason(), ""), ago(kiosk.lastContactAt(), now),
                    Objects.requireNonNullElse(kiosk.version(), ""), readers(kiosk.readers()), waiting(kiosk.outbox(), now))
                    .setAttribute("data-state", kiosk.state().name());
        }
        Div section = new Div(new H2(store.storeId()), new Paragraph(store.kiosks().isEmpty() ? "No kiosk reported." : ""), table);
        section.setId("fleet-store");
        return section;
    }



    private static String gigabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

}
