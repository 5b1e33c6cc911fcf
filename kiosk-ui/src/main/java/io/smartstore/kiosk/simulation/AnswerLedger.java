package io.smartstore.kiosk.simulation;

import io.smartstore.kiosk.journey.Answers;
import io.smartstore.protocol.wire.FeedbackResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * The kiosk's answers, with a line in a ledger around each step: {@code tapped <id> <score>}
 * before the score is kept, {@code kept <id>} once it is committed, {@code thanked <id>} once
 * the answer is complete (the person sees "thank you"). A process killed between "tapped" and
 * "kept" leaves an answer that may or may not have been kept; a kept one — thanked or not, the
 * person may have walked away on the reasons screen — must reach the store and central exactly once.
 */
final class AnswerLedger implements Answers, AutoCloseable {

    private final Answers kept;
    private final FileChannel ledger;

    AnswerLedger(Answers kept, Path file) {
        this.kept = kept;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.ledger = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulation ledger " + file, e);
        }
    }

    @Override
    public void open(FeedbackResponse answer) {
        write("tapped " + answer.id() + " " + answer.score());
        kept.open(answer);
        write("kept " + answer.id());
    }

    @Override
    public void complete(UUID id, List<String> reasons, String comment, boolean consentToContact) {
        kept.complete(id, reasons, comment, consentToContact);
        write("thanked " + id);
    }

    @Override
    public void close(UUID id) {
        kept.close(id);
    }

    private synchronized void write(String line) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                ledger.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulation ledger", e);
        }
    }

    @Override
    public void close() throws IOException {
        ledger.close();
    }
}
