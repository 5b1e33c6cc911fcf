package io.smartstore.central.uploads;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CSV file with a header line, read as rows of named fields; a file that is not CSV is said so, never half-read. */
final class CsvRows {

    static final int MAX_ROWS = 10_000;
    private static final CsvMapper CSV = new CsvMapper();

    private CsvRows() {
    }

    /** The rows with their line numbers (the header is line 1), or the reason the text is not a CSV file we can read. */
    static List<Map<String, String>> read(String text, List<String> columns) throws UnreadableFile {
        if (text.isBlank()) {
            throw new UnreadableFile("The file is empty.");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (lines.hasNext()) {
                if (rows.size() == MAX_ROWS) {
                    throw new UnreadableFile("The file has more than " + MAX_ROWS + " lines.");
                }
                rows.add(lines.next());
            }
        } catch (JacksonException broken) {
            throw new UnreadableFile("This is not a CSV file with the columns " + String.join(", ", columns) + ".");
        }
        if (!rows.isEmpty() && !rows.getFirst().keySet().containsAll(columns)) {
            throw new UnreadableFile("The first line must name the columns " + String.join(", ", columns) + ".");
        }
        return rows;
    }

    /**
     * Reads the file, checks each row ({@code check} reports problems without the line number,
     * which is added), and only when no row has a problem applies what the checks gathered.
     */
    static UploadCheck load(String text, List<String> columns, java.util.function.BiConsumer<Map<String, String>,
            java.util.function.Consumer<String>> check, Runnable apply) {
        List<Map<String, String>> rows;
        try {
            rows = read(text, columns);
        } catch (UnreadableFile unreadable) {
            return UploadCheck.refused(unreadable.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String line = "Line " + (i + 2) + ": ";
            check.accept(rows.get(i), problem -> problems.add(line + problem));
        }
        if (rows.isEmpty()) {
            problems.add("The file has no line after the header.");
        }
        if (!problems.isEmpty()) {
            return new UploadCheck(0, problems);
        }
        apply.run();
        return new UploadCheck(rows.size(), List.of());
    }

    /** The row's country code, with a problem said when it is not one. */
    static String country(Map<String, String> row, java.util.function.Consumer<String> problem) {
        String country = field(row, "country").strip();
        if (!country.matches(io.smartstore.protocol.wire.Formats.COUNTRY)) {
            problem.accept("country \"" + country + "\" is not a two-letter code such as FR");
        }
        return country;
    }

    /** The row's segment code, with a problem said when it is not one. */
    static String segment(Map<String, String> row, java.util.function.Consumer<String> problem) {
        String segment = field(row, "segment").strip();
        if (!io.smartstore.protocol.wire.Formats.isLabel(segment)) {
            problem.accept("segment \"" + segment + "\" is not an upper-case code such as CONSUMER");
        }
        return segment;
    }

    /** A field of a row, "" when the line stops short of it. */
    static String field(Map<String, String> row, String name) {
        String value = row.get(name);
        return value == null ? "" : value;
    }

    /** Why a file was refused as a whole. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }
}
