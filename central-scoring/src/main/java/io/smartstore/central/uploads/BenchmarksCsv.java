package io.smartstore.central.uploads;

import io.smartstore.central.leadership.Benchmarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Competitors' NPS as CSV ({@code country,segment,competitor,nps,period}): every line checked,
 * then each country in the file replaced whole — or, with any problem, nothing changed.
 */
@Component
public class BenchmarksCsv {

    static final List<String> COLUMNS = List.of("country", "segment", "competitor", "nps", "period");
    private final Benchmarks benchmarks;

    BenchmarksCsv(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Transactional
    public UploadCheck load(String text) {
        Map<String, Map<String, Map<String, Double>>> byCountry = new TreeMap<>();
        Map<String, String> periods = new TreeMap<>();
        return CsvRows.load(text, COLUMNS, (row, problem) -> {
            String country = CsvRows.country(row, problem);
            String segment = CsvRows.segment(row, problem);
            String competitor = CsvRows.field(row, "competitor").strip();
            String period = CsvRows.field(row, "period").strip();
            if (competitor.isEmpty() || competitor.length() > 80) {
                problem.accept("a competitor's name has from 1 to 80 characters");
            }
            Double nps = score(CsvRows.field(row, "nps"));
            if (nps == null) {
                problem.accept("nps \"" + CsvRows.field(row, "nps").strip() + "\" is not a number from -100 to 100");
            }
            if (period.length() > 20) {
                problem.accept("period is a short label such as 2026-Q4");
            }
            if (nps != null && byCountry.computeIfAbsent(country, c -> new TreeMap<>()).computeIfAbsent(segment, s -> new TreeMap<>())
                    .put(competitor, nps) != null) {
                problem.accept(competitor + " appears twice for " + country + " " + segment);
            }
            periods.put(country, period.isEmpty() ? null : period);
        }, () -> byCountry.forEach((country, segments) -> benchmarks.replace(country, periods.get(country), segments)));
    }

    private static Double score(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) && value >= -100 && value <= 100 ? value : null;
        } catch (NumberFormatException | NullPointerException notANumber) {
            return null;
        }
    }
}
