package io.smartstore.devices.camera;

import java.util.List;
import java.util.Locale;

/**
 * Prints, for each size in pixels per module, the share of generated frames the pipeline
 * reads (and any read wrongly). Run: {@code ./smartstore bench qr-sizes}.
 */
public final class QrSizeSurvey {

    public static void main(String[] args) {
        QrFrameDecoder decoder = new QrFrameDecoder();
        System.out.println("| pixels per module | frames | read | share | wrong |");
        System.out.println("|---|---|---|---|---|");
        for (double ppm : new double[]{2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0}) {
            List<QrFrames.Shot> shots = QrFrameDecoderTest.variations(ppm);
            int read = 0;
            int wrong = 0;
            for (QrFrames.Shot shot : shots) {
                var text = decoder.decode(QrFrames.frame(shot));
                if (text.isPresent()) {
                    read++;
                    wrong += text.get().equals(shot.text()) ? 0 : 1;
                }
            }
            System.out.printf(Locale.ROOT, "| %.1f | %d | %d | %.1f%% | %d |%n", ppm, shots.size(), read, 100.0 * read / shots.size(), wrong);
        }
    }
}
