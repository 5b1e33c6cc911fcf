package io.smartstore.devices.card;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.FrameDecoder;
import io.smartstore.devices.serial.LineFramer;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A stripe reader's byte stream: one line (CR and/or LF) per swipe, or one line per
 * track on readers that end each track with a line break — so the same card read again
 * within {@code sameSwipe} is the same swipe and is reported once.
 */
public final class MagstripeDecoder implements FrameDecoder<CardSwipe> {

    public static final int MAX_LINE = 512;
    private final TrackDataParser parser = new TrackDataParser();
    private final LineFramer framer = new LineFramer(MAX_LINE);
    private final long sameSwipeNanos;
    private final LongSupplier nanoTime;
    private CardNumber last;
    private long lastAt;

    public MagstripeDecoder() {
        this(Duration.ofMillis(750), System::nanoTime);
    }

    public MagstripeDecoder(Duration sameSwipe, LongSupplier nanoTime) {
        this.sameSwipeNanos = sameSwipe.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void decode(byte[] chunk, Sink<CardSwipe> sink) {
        long droppedBefore = framer.droppedLines();
        for (String line : framer.feed(chunk)) {
            switch (parser.parse(line)) {
                case TrackDataParser.Result.Card card -> report(card.swipe(), sink);
                case TrackDataParser.Result.Failed failed -> sink.error(failed.error());
            }
        }
        if (framer.droppedLines() > droppedBefore) {
            sink.error(DeviceError.oversize(MAX_LINE));
        }
    }

    private void report(CardSwipe swipe, Sink<CardSwipe> sink) {
        long now = nanoTime.getAsLong();
        boolean repeat = swipe.number().equals(last) && now - lastAt < sameSwipeNanos;
        last = swipe.number();
        lastAt = now;
        if (!repeat) {
            sink.frame(swipe);
        }
    }

    @Override
    public void reset() {
        framer.reset();
    }
}
