package io.smartstore.devices.scanner;

/** What a code scanner read. {@link #toString()} hides the text: it may be a customer's token. */
public record Scan(String text, Symbology symbology) {

    @Override
    public String toString() {
        return "Scan[" + symbology + ", " + text.length() + " characters]";
    }
}
