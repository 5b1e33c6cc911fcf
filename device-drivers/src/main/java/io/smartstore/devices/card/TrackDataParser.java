package io.smartstore.devices.card;

import io.smartstore.devices.DeviceError;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the card number out of one swipe as stripe readers send it: ISO 7813 track 1
 * ({@code %B<number>^<name>^…?}), track 2 ({@code ;<number>=…?}) and track 3, in any
 * combination, with or without start and end sentinels, with or without the LRC
 * character after each end sentinel. Track 2 is preferred; a number the tracks disagree
 * on, a bad-read marker ({@code %E?}, {@code ;E?}) or noise is an error — never a card.
 * Any 12–19-digit account number is reported, with whether its check digit holds
 * ({@link CardNumber#checkDigitValid()}): many loyalty cards have none. Cardholder names are not kept.
 */
public final class TrackDataParser {

    private static final Pattern TRACK1 = Pattern.compile("B(\\d{12,19})\\^[^^]{0,26}\\^[\\x20-\\x7e]*");
    private static final Pattern TRACK2 = Pattern.compile("(\\d{12,19})=[\\d=]*");
    private static final Pattern TRACK3 = Pattern.compile("\\d{2}\\d{12,19}=[\\d=]*");
    private static final Pattern BARE_TRACK1 = Pattern.compile("^B(\\d{12,19})\\^[^^]{0,26}\\^");
    private static final Pattern BARE_TRACK2 = Pattern.compile("(?:^|[^\\d])(\\d{12,19})=\\d{4}");
    private static final Pattern BAD_READ = Pattern.compile("[%;+]E\\?");

    /** The outcome of one line of track data. */
    public sealed interface Result {
        record Card(CardSwipe swipe) implements Result {
        }

        record Failed(DeviceError error) implements Result {
        }
    }

    public Result parse(CharSequence line) {
        if (BAD_READ.matcher(line).find()) {
            return failed("the reader could not read the stripe");
        }
        Tracks tracks = hasSentinel(line) ? withSentinels(line) : withoutSentinels(line);
        if (tracks == null) {
            return failed("what the reader sent is not track data");
        }
        if (tracks.track2 != null && tracks.track1 != null && !tracks.track2.equals(tracks.track1)) {
            return failed("track 1 and track 2 disagree");
        }
        String digits = tracks.track2 != null ? tracks.track2 : tracks.track1;
        if (digits == null) {
            return failed("no card number on the stripe");
        }
        return new Result.Card(new CardSwipe(new CardNumber(digits), tracks.read));
    }

    private static Tracks withSentinels(CharSequence line) {
        Tracks tracks = new Tracks();
        int i = 0;
        int n = line.length();
        boolean anyTrack = false;
        while (i < n) {
            char c = line.charAt(i);
            if (!isStartSentinel(c) || i + 1 >= n || !startsContent(c, line.charAt(i + 1))) {
                i++; // noise or an LRC character between tracks
                continue;
            }
            int end = indexOf(line, '?', i + 1);
            if (end < 0) {
                return anyTrack ? tracks : null; // a truncated last track is ignored; nothing else read: not track data
            }
            String content = line.subSequence(i + 1, end).toString();
            anyTrack |= tracks.add(c, content);
            i = end + 1;
        }
        return anyTrack ? tracks : null;
    }

    private static Tracks withoutSentinels(CharSequence line) {
        Tracks tracks = new Tracks();
        Matcher one = BARE_TRACK1.matcher(line);
        if (one.find()) {
            tracks.track1 = one.group(1);
            tracks.read.add(Track.TRACK_1);
        }
        Matcher two = BARE_TRACK2.matcher(line);
        if (two.find()) {
            tracks.track2 = two.group(1);
            tracks.read.add(Track.TRACK_2);
        }
        return tracks.read.isEmpty() ? null : tracks;
    }

    /** A line that starts like a track or has an end sentinel is read as sentinel-framed (and must be complete). */
    private static boolean hasSentinel(CharSequence line) {
        if (!line.isEmpty() && isStartSentinel(line.charAt(0))) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '?') {
                return true;
            }
        }
        return false;
    }

    private static boolean isStartSentinel(char c) {
        return c == '%' || c == ';' || c == '+';
    }

    /** Whether {@code next} can begin a track after start sentinel {@code sentinel}. */
    private static boolean startsContent(char sentinel, char next) {
        return sentinel == '%' ? Character.isLetter(next) : Character.isDigit(next);
    }

    private static int indexOf(CharSequence text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static Result failed(String message) {
        return new Result.Failed(DeviceError.badRead(message));
    }

    /** What one line held, track by track. */
    private static final class Tracks {
        private final Set<Track> read = EnumSet.noneOf(Track.class);
        private String track1;
        private String track2;

        /** Records a track; a second {@code ;} track is track 3. Returns whether the content was a track. */
        boolean add(char sentinel, String content) {
            if (sentinel == '%') {
                Matcher matcher = TRACK1.matcher(content);
                if (matcher.matches()) {
                    track1 = matcher.group(1);
                    read.add(Track.TRACK_1);
                    return true;
                }
                return false;
            }
            if (sentinel == ';' && !read.contains(Track.TRACK_2)) {
                Matcher matcher = TRACK2.matcher(content);
                if (matcher.matches()) {
                    track2 = matcher.group(1);
                    read.add(Track.TRACK_2);
                    return true;
                }
            }
            if (TRACK3.matcher(content).matches()) {
                read.add(Track.TRACK_3);
                return true;
            }
            return false;
        }
    }
}
