package io.smartstore.protocol.fleet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A shop's opening hours as an operator writes them ({@code smartstore.store.opening-hours}):
 * {@code MON-SAT 09:00-19:00}, several spans separated by {@code ;} or {@code ,}
 * ({@code MON-FRI 09:00-19:00; SAT 10:00-17:00}). Blank: always open. A span may end at
 * {@code 24:00}; one that ends before it starts runs past midnight ({@code FRI 18:00-02:00}).
 */
public final class OpeningHours {

    private static final OpeningHours ALWAYS = new OpeningHours(List.of(), "");
    private final List<Span> spans;
    private final String text;

    private OpeningHours(List<Span> spans, String text) {
        this.spans = spans;
        this.text = text;
    }

    public static OpeningHours always() {
        return ALWAYS;
    }

    /** Reads {@code text}; a mistake is an {@link IllegalArgumentException} that shows the expected form. */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            return ALWAYS;
        }
        List<Span> spans = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                spans.add(Span.parse(part.strip()));
            }
        }
        return new OpeningHours(List.copyOf(spans), text.strip());
    }

    public boolean isOpen(ZonedDateTime at) {
        return spans.isEmpty() || spans.stream().anyMatch(span -> span.covers(at));
    }

    public boolean isOpen(java.time.Instant at, ZoneId zone) {
        return isOpen(at.atZone(zone));
    }

    /** As written ({@code ""} for always open). */
    @Override
    public String toString() {
        return text;
    }

    private record Span(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, boolean toMidnight) {

        static Span parse(String text) {
            String[] parts = text.split("\\s+");
            if (parts.length != 2) {
                throw mistake(text);
            }
            String[] hours = parts[1].split("-");
            if (hours.length != 2) {
                throw mistake(text);
            }
            try {
                LocalTime opens = LocalTime.parse(hours[0]);
                boolean toMidnight = hours[1].equals("24:00");
                LocalTime closes = toMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(hours[1]);
                return new Span(days(parts[0], text), opens, closes, toMidnight);
            } catch (DateTimeParseException e) {
                throw mistake(text);
            }
        }

        private static Set<DayOfWeek> days(String text, String span) {
            String[] range = text.split("-");
            if (range.length > 2) {
                throw mistake(span);
            }
            DayOfWeek first = day(range[0], span);
            DayOfWeek last = range.length == 2 ? day(range[1], span) : first;
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    return days;
                }
            }
        }

        private static DayOfWeek day(String text, String span) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(text.toUpperCase(Locale.ROOT)) && text.length() == 3) {
                    return day;
                }
            }
            throw mistake(span);
        }

        boolean covers(ZonedDateTime at) {
            LocalTime time = at.toLocalTime();
            DayOfWeek day = at.getDayOfWeek();
            if (toMidnight) {
                return days.contains(day) && !time.isBefore(opens);
            }
            if (closes.isAfter(opens)) {
                return days.contains(day) && !time.isBefore(opens) && time.isBefore(closes);
            }
            // past midnight: the evening of an opening day, or the small hours after one
            return days.contains(day) && !time.isBefore(opens) || days.contains(day.minus(1)) && time.isBefore(closes);
        }

        private static IllegalArgumentException mistake(String span) {
            return new IllegalArgumentException("Opening hours are days and hours such as MON-SAT 09:00-19:00 (several separated by ;), not: " + span);
        }
    }
}
