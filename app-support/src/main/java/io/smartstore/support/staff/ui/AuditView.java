package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.support.audit.AuditEntry;
import io.smartstore.support.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;

/** The audit trail for admins: who did what, when, from where — by the app's own days and person, with its CSV. */
@Route("audit")
@PageTitle("Audit trail")
@Menu(title = "Audit trail", order = 20, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class AuditView extends Main {

    private final AuditTrail trail;
    private final IsoDatePicker from = new IsoDatePicker("From");
    private final IsoDatePicker to = new IsoDatePicker("To");
    private final TextField actor = new TextField("Person");
    private final CsvTable table;
    private final Paragraph count = new Paragraph();

    public AuditView(AuditTrail trail) {
        this.trail = trail;
        this.table = new CsvTable("audit", "What was done", "When (" + trail.zone().getId() + ")", "Who", "What", "To what", "From");
        LocalDate today = trail.today();
        from.setId("audit-from");
        to.setId("audit-to");
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        from.setValue(today.minusDays(7));
        to.setValue(today);
        Button show = new Button("Show", e -> show());
        show.setId("audit-show");
        count.setId("audit-count");
        FlexLayout filters = new FlexLayout(from, to, actor, show);
        filters.addClassName("filters");
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        add(new H1("Audit trail"), filters, count, table.withDownload("audit"));
        show();
    }

    private void show() {
        table.clear();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            count.setText("Choose a first and a last day, the first not after the last.");
            return;
        }
        String person = actor.getValue().isBlank() ? null : actor.getValue().strip();
        List<AuditEntry> entries = trail.onDays(from.getValue(), to.getValue(), person);
        count.setText(entries.size() + (entries.size() == 1 ? " entry" : " entries"));
        entries.forEach(entry -> table.row(entry.at().atZone(trail.zone()).toOffsetDateTime().toString(), entry.actor(), entry.action(),
                entry.target(), entry.address()));
    }
}
