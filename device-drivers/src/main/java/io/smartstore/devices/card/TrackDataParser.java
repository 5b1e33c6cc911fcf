package io.smartstore.devices.card;

import io.smartstore.devices.ReadError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the card number out of ISO 7813 track data as a stripe reader sends it: track 1
 * ({@code %B<number>^<name>^…?}) and/or track 2 ({@code ;<number>=…?}), in one line.
 * Track 2 wins when both are there and agree; a mismatch, a bad-read marker
 * ({@code %E?}, {@code ;E?}) or a failed Luhn check is a read error, never a card.
 */
public final class TrackDataParser {

    private static final Pattern TRACK1 = Pattern.compile("%B(\\d{12,19})\\^[^^?]{0,26}\\^[^?]*\\?");
    private static final Pattern TRACK2 = Pattern.compile(";(\\d{12,19})=[\\d=]*\\?");
    private static final Pattern BAD_READ = Pattern.compile("[%;]E\\?");

    public Swipe parse(CharSequence line) {
        if (BAD_READ.matcher(line).find()) {
            return failed("the reader could not read the stripe");
        }
        String fromTrack2 = firstNumber(TRACK2.matcher(line));
        String fromTrack1 = firstNumber(TRACK1.matcher(line));
        if (fromTrack2 == null && fromTrack1 == null) {
            return failed("no track data in what the reader sent");
        }
        if (fromTrack2 != null && fromTrack1 != null && !fromTrack2.equals(fromTrack1)) {
            return failed("track 1 and track 2 disagree");
        }
        String digits = fromTrack2 != null ? fromTrack2 : fromTrack1;
        if (!Luhn.isValid(digits)) {
            return failed("the card number fails its check digit");
        }
        return new Swipe.Card(new CardNumber(digits));
    }

    private static String firstNumber(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Swipe failed(String message) {
        return new Swipe.Failed(ReadError.badRead(message));
    }
}
