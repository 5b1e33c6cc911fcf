package io.smartstore.store.customers;

import io.smartstore.store.StoreSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports the CRM export, one JSON object per line. Each line is imported whole or
 * rejected whole with its line number and the reason; a bad line never stops the others.
 */
@Service
public class CustomerImport {

    static final int MAX_LINE_LENGTH = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);
    private final Customers customers;
    private final JsonMapper json;
    private final StoreSettings settings;
    private final io.smartstore.support.audit.AuditTrail audit;

    CustomerImport(Customers customers, JsonMapper json, StoreSettings settings, io.smartstore.support.audit.AuditTrail audit) {
        this.audit = audit;
        this.customers = customers;
        this.settings = settings;
        this.json = json;
    }

    public ImportReport importLines(BufferedReader lines) throws IOException {
        int imported = 0;
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = lines.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            String problem = importLine(text);
            if (problem == null) {
                imported++;
            } else {
                rejected.add(new ImportReport.Rejected(number, problem));
            }
        }
        log.info("customer import: {} imported, {} rejected", imported, rejected.size());
        audit.record(io.smartstore.support.audit.AuditAction.CUSTOMERS_IMPORTED, imported + " imported, " + rejected.size() + " rejected");
        return new ImportReport(imported, rejected);
    }

    /**
     * The CSV form: a header row, then {@code ref,firstName,language,segment,cards,nfcUids} (and {@code birthDate}, {@code phone}, optional)
     * with several cards or UIDs separated by {@code ;} in their cell. CSV carries no
     * history: re-importing a customer from CSV replaces it without history.
     */
    public ImportReport importCsv(java.io.Reader csv) throws IOException {
        int imported = 0;
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        var mapper = new tools.jackson.dataformat.csv.CsvMapper();
        var schema = tools.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();
        try (tools.jackson.databind.MappingIterator<java.util.Map<String, String>> rows =
                     mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
            while (rows.hasNextValue()) {
                int number = rows.currentLocation().getLineNr();
                String problem;
                try {
                    problem = importRow(rows.nextValue());
                } catch (JacksonException e) {
                    problem = "not a CSV row of the expected columns";
                }
                if (problem == null) {
                    imported++;
                } else {
                    rejected.add(new ImportReport.Rejected(number, problem));
                }
            }
        } catch (JacksonException e) {
            rejected.add(new ImportReport.Rejected(0, "not CSV with a header row"));
        }
        log.info("customer CSV import: {} imported, {} rejected", imported, rejected.size());
        audit.record(io.smartstore.support.audit.AuditAction.CUSTOMERS_IMPORTED, imported + " imported, " + rejected.size() + " rejected");
        return new ImportReport(imported, rejected);
    }

    private String importRow(java.util.Map<String, String> row) {
        java.time.LocalDate birthDate;
        try {
            birthDate = blankToNull(row.get("birthDate")) == null ? null : java.time.LocalDate.parse(row.get("birthDate").strip());
        } catch (java.time.format.DateTimeParseException e) {
            return "birthDate must be a date such as 1985-03-02";
        }
        CustomerLine line = new CustomerLine(blankToNull(row.get("ref")), blankToNull(row.get("firstName")),
                blankToNull(row.get("language")), blankToNull(row.get("segment")), cells(row.get("cards")), cells(row.get("nfcUids")), List.of(),
                birthDate, blankToNull(row.get("phone")));
        List<String> problems = line.problems(settings.cards().checkDigit());
        if (!problems.isEmpty()) {
            return String.join("; ", problems);
        }
        customers.replace(line);
        return null;
    }

    private static List<String> cells(String value) {
        return value == null || value.isBlank() ? List.of()
                : java.util.Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String importLine(String text) {
        if (text.length() > MAX_LINE_LENGTH) {
            return "line longer than " + MAX_LINE_LENGTH + " characters";
        }
        CustomerLine line;
        try {
            line = json.readValue(text, CustomerLine.class);
        } catch (JacksonException e) {
            return "not a JSON customer object";
        }
        if (line == null) {
            return "not a JSON customer object";
        }
        List<String> problems = line.problems(settings.cards().checkDigit());
        if (!problems.isEmpty()) {
            return String.join("; ", problems);
        }
        customers.replace(line);
        return null;
    }
}
