package io.smartstore.central.uploads;

import io.smartstore.central.customerbase.CustomerBase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customer base as CSV ({@code country,segment,customers,asOf}): every line checked, then
 * each country in the file replaced whole — or, with any problem, nothing changed.
 */
@Component
public class CustomerBaseCsv {

    static final List<String> COLUMNS = List.of("country", "segment", "customers", "asOf");
    static final long MAX_CUSTOMERS = 10_000_000_000L;
    private final CustomerBase customerBase;

    CustomerBaseCsv(CustomerBase customerBase) {
        this.customerBase = customerBase;
    }

    @Transactional
    public UploadCheck load(String text) {
        Map<String, Map<String, Long>> byCountry = new TreeMap<>();
        Map<String, LocalDate> asOf = new TreeMap<>();
        return CsvRows.load(text, COLUMNS, (row, problem) -> {
            String country = CsvRows.country(row, problem);
            String segment = CsvRows.segment(row, problem);
            Long customers = number(CsvRows.field(row, "customers"));
            if (customers == null || customers < 0 || customers > MAX_CUSTOMERS) {
                problem.accept("customers \"" + CsvRows.field(row, "customers").strip() + "\" is not a whole number from 0 to 10 billion");
            }
            LocalDate date = date(CsvRows.field(row, "asOf"));
            if (date == null) {
                problem.accept("asOf \"" + CsvRows.field(row, "asOf").strip() + "\" is not a date such as 2026-11-01");
            } else {
                asOf.merge(country, date, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (customers != null && byCountry.computeIfAbsent(country, c -> new TreeMap<>()).put(segment, customers) != null) {
                problem.accept(segment + " appears twice for " + country);
            }
        }, () -> byCountry.forEach((country, segments) -> customerBase.replace(country, asOf.get(country), segments)));
    }

    static Long number(String text) {
        try {
            return Long.parseLong(text.strip().replace("_", ""));
        } catch (NumberFormatException | NullPointerException notANumber) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException | NullPointerException notADate) {
            return null;
        }
    }
}
