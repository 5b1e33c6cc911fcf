package io.smartstore.devices.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a QR code in a frame's luminance plane, fed straight to ZXing (no image
 * conversion): QR only, so noise never becomes a barcode; the hybrid binarizer first,
 * then the global-histogram one, which reads some blurred or unevenly lit codes the first
 * misses; then the frame at half size, its pixels averaged in twos: that halves sensor
 * noise and JPEG ringing, which rescues noisy frames of large codes. Last, a small frame (at
 * most 640×480: a low-resolution camera, or a code that fills the picture with modules of 3–5
 * pixels) at twice its size, interpolated, with both binarizers: the hybrid binarizer's 8-pixel
 * blocks and the finder-pattern search need more pixels per module than such a frame has, and a
 * 1280×720 frame never pays for it. Every read passes ZXing's own error correction
 * (Reed–Solomon): a code read is a code that was there.
 */
public final class QrFrameDecoder {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);
    /** The largest frame also tried at twice its size. */
    static final int SMALL_FRAME_PIXELS = 640 * 480;
    private final QRCodeReader reader = new QRCodeReader();

    public Optional<String> decode(GrayFrame frame) {
        LuminanceSource source = new PlanarYUVLuminanceSource(frame.luminance(), frame.width(), frame.height(),
                0, 0, frame.width(), frame.height(), false);
        Optional<String> text = decode(new BinaryBitmap(new HybridBinarizer(source)));
        if (text.isEmpty()) {
            text = decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
        if (text.isEmpty() && frame.width() >= 320 && frame.height() >= 240) {
            GrayFrame half = halved(frame);
            text = decode(new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(half.luminance(),
                    half.width(), half.height(), 0, 0, half.width(), half.height(), false))));
        }
        if (text.isEmpty() && frame.width() * frame.height() <= SMALL_FRAME_PIXELS) {
            GrayFrame doubled = doubled(frame);
            LuminanceSource larger = new PlanarYUVLuminanceSource(doubled.luminance(), doubled.width(), doubled.height(), 0, 0,
                    doubled.width(), doubled.height(), false);
            text = decode(new BinaryBitmap(new HybridBinarizer(larger)));
            if (text.isEmpty()) {
                text = decode(new BinaryBitmap(new GlobalHistogramBinarizer(larger)));
            }
        }
        return text;
    }

    /** The frame at twice its width and height, each pixel interpolated (bilinear) from the four nearest. */
    static GrayFrame doubled(GrayFrame frame) {
        int width = frame.width();
        int height = frame.height();
        byte[] in = frame.luminance();
        byte[] out = new byte[4 * width * height];
        for (int y = 0; y < 2 * height; y++) {
            double sy = Math.max(0, (y + 0.5) / 2 - 0.5);
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < 2 * width; x++) {
                double sx = Math.max(0, (x + 0.5) / 2 - 0.5);
                int x0 = (int) sx;
                int x1 = Math.min(width - 1, x0 + 1);
                double fx = sx - x0;
                double value = (in[y0 * width + x0] & 0xff) * (1 - fx) * (1 - fy) + (in[y0 * width + x1] & 0xff) * fx * (1 - fy)
                        + (in[y1 * width + x0] & 0xff) * (1 - fx) * fy + (in[y1 * width + x1] & 0xff) * fx * fy;
                out[y * 2 * width + x] = (byte) Math.round(value);
            }
        }
        return new GrayFrame(2 * width, 2 * height, out);
    }

    /** The frame at half its width and height, each pixel the mean of four. */
    static GrayFrame halved(GrayFrame frame) {
        int width = frame.width() / 2;
        int height = frame.height() / 2;
        byte[] in = frame.luminance();
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int row = 2 * y * frame.width();
            for (int x = 0; x < width; x++) {
                int i = row + 2 * x;
                int sum = (in[i] & 0xff) + (in[i + 1] & 0xff) + (in[i + frame.width()] & 0xff) + (in[i + frame.width() + 1] & 0xff);
                out[y * width + x] = (byte) (sum >> 2);
            }
        }
        return new GrayFrame(width, height, out);
    }

    private Optional<String> decode(BinaryBitmap bitmap) {
        try {
            Result result = reader.decode(bitmap, HINTS);
            return Optional.of(result.getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
