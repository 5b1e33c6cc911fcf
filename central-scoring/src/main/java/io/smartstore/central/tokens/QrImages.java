package io.smartstore.central.tokens;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A token drawn as a QR code (ZXing), as the operator's app shows it. */
public final class QrImages {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.MARGIN, 4,
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);

    private QrImages() {
    }

    /** A PNG with {@code modulePixels} pixels a module and the standard quiet zone. */
    public static byte[] png(String text, int modulePixels) {
        try {
            int modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS).getWidth();
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, modules * modulePixels, modules * modulePixels, HINTS);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
