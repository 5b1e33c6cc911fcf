package io.smartstore.central.uploads;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The admin's uploads: the customer base (the weights of the weighted NPS) and competitors'
 * benchmarks (for leadership) as CSV files. Every line is checked first; a file with any
 * problem changes nothing and says what to fix, line by line.
 */
@Route("uploads")
@PageTitle("Uploads · Smart Store central")
@Menu(title = "Uploads", order = 5, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
public class UploadsView extends Main {

    static final int MAX_BYTES = 2_000_000;

    UploadsView(CustomerBaseCsv customerBase, BenchmarksCsv benchmarks) {
        addClassName("uploads-view");
        add(new H1("Uploads"),
                section("Customer base", "customer-base", "country,segment,customers,asOf — e.g. FR,CONSUMER,800000,2026-11-01",
                        customerBase::load),
                section("Competitors' benchmarks", "benchmarks", "country,segment,competitor,nps,period — e.g. FR,CONSUMER,Competitor A,27.5,2026-Q4",
                        benchmarks::load));
    }

    private static Div section(String title, String id, String format, Function<String, UploadCheck> loader) {
        Div result = new Div();
        result.setId(id + "-result");
        result.getElement().setAttribute("aria-live", "polite");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> show(result, loader.apply(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setId(id + "-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(rejected -> show(result, UploadCheck.refused(rejected.getErrorMessage())));
        Div section = new Div(new H2(title), new Paragraph("A CSV file with a header line: " + format
                + ". Each country in the file replaces what was there for it."), upload, result);
        section.addClassName("upload-section");
        return section;
    }

    /** What the upload did, in words: lines loaded, or every problem with its line. */
    static void show(Div result, UploadCheck check) {
        result.removeAll();
        if (check.accepted()) {
            result.add(new Paragraph("Loaded " + check.loaded() + (check.loaded() == 1 ? " line." : " lines.")));
            return;
        }
        UnorderedList problems = new UnorderedList();
        check.problems().stream().limit(50).forEach(problem -> problems.add(new ListItem(problem)));
        result.add(new Paragraph("Nothing was loaded. Fix " + (check.problems().size() == 1 ? "this" : "these") + " and upload the file again:"), problems);
    }
}
