package io.smartstore.support.staff.ui;

import io.smartstore.support.audit.AuditAction;
import io.smartstore.support.audit.AuditTrail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import tools.jackson.dataformat.csv.CsvMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A staff table that also downloads as CSV: the same columns and rows, a link's text in place of the link. */
public class CsvTable extends StaffTable {

    private static final CsvMapper CSV = new CsvMapper();
    private final List<String> columns;
    private final List<List<String>> lines = new ArrayList<>();

    public CsvTable(String id, String caption, String... columns) {
        super(id, caption, columns);
        this.columns = Arrays.asList(columns);
    }

    @Override
    public void clear() {
        super.clear();
        lines.clear();
    }

    @Override
    public com.vaadin.flow.dom.Element row(String name, Object... cells) {
        remember(name, cells);
        return super.row(name, cells);
    }

    @Override
    public com.vaadin.flow.dom.Element row(Component name, Object... cells) {
        remember(name.getElement().getTextRecursively(), cells);
        return super.row(name, cells);
    }

    private void remember(String name, Object... cells) {
        List<String> line = new ArrayList<>();
        line.add(name);
        for (Object cell : cells) {
            line.add(cell instanceof Component component ? component.getElement().getTextRecursively() : cell == null ? "" : cell.toString());
        }
        lines.add(line);
    }

    /** The CSV text: a header line, then the rows. */
    public String csv() {
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(lines);
        return CSV.writeValueAsString(all);
    }

    /** The table with a link under it that downloads it as {@code name}.csv. */
    public Div withDownload(String name) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
            // each export is in the audit trail (the app's bean, through Vaadin's Spring instantiator)
            event.getSession().getService().getInstantiator().getOrCreate(AuditTrail.class).record(AuditAction.EXPORT_CSV, name);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".csv", "text/csv", bytes.length);
        }), "Download as CSV");
        download.setId("csv-" + getTableId());
        download.addClassName("csv-link");
        return new Div(this, download);
    }
}
