package io.smartstore.support.staff.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that shows and reads dates as the staff pages write them, {@code 2026-12-05}:
 * one format for shops in several countries, never {@code 12/5/2026} beside {@code 2026-12-05}.
 */
public class IsoDatePicker extends DatePicker {

    public static final String FORMAT = "yyyy-MM-dd";

    public IsoDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n().setDateFormat(FORMAT));
        setPlaceholder(FORMAT.toUpperCase(java.util.Locale.ROOT));
    }
}
