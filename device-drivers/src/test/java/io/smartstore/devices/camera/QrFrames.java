package io.smartstore.devices.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;

/**
 * Camera-like frames of a QR code, made in the test: the code at a given size in pixels
 * per module, turned, with sensor noise and JPEG compression, on a grey background.
 */
public final class QrFrames {

    private QrFrames() {
    }

    /** How a frame is made. */
    public record Shot(String text, int width, int height, double pixelsPerModule, double degrees, double noise,
                       int jpegQuality, long seed) {
    }

    /** The same code shot 54 ways: six turns, three noise levels, three JPEG qualities, at 1280×720. */
    public static java.util.List<Shot> variations(String text, double pixelsPerModule, long firstSeed) {
        java.util.List<Shot> shots = new java.util.ArrayList<>();
        long seed = firstSeed;
        for (double degrees : new double[]{0, 7, 15, 30, 45, 90}) {
            for (double noise : new double[]{0, 8, 16}) {
                for (int quality : new int[]{95, 75, 50}) {
                    shots.add(new Shot(text, 1280, 720, pixelsPerModule, degrees, noise, quality, seed++));
                }
            }
        }
        return shots;
    }

    public static BufferedImage image(Shot shot) {
        BitMatrix matrix = encode(shot.text());
        // drawn sharp at 8 pixels a module, then scaled and turned with interpolation: about a pixel of blur, like a lens
        int fine = 8;
        BufferedImage code = new BufferedImage(matrix.getWidth() * fine, matrix.getHeight() * fine, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                code.getRaster().setSample(x, y, 0, matrix.get(x / fine, y / fine) ? 30 : 235);
            }
        }
        BufferedImage frame = new BufferedImage(shot.width(), shot.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        g.setColor(new java.awt.Color(120, 120, 120));
        g.fillRect(0, 0, shot.width(), shot.height());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        AffineTransform place = new AffineTransform();
        place.translate(shot.width() / 2.0, shot.height() / 2.0);
        place.rotate(Math.toRadians(shot.degrees()));
        place.scale(shot.pixelsPerModule() / fine, shot.pixelsPerModule() / fine);
        place.translate(-code.getWidth() / 2.0, -code.getHeight() / 2.0);
        g.drawImage(code, place, null);
        g.dispose();
        addNoise(frame, shot.noise(), new Random(shot.seed()));
        return shot.jpegQuality() >= 100 ? frame : jpeg(frame, shot.jpegQuality());
    }

    public static GrayFrame frame(Shot shot) {
        return toFrame(image(shot));
    }

    public static GrayFrame toFrame(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        return new GrayFrame(gray.getWidth(), gray.getHeight(), pixels.clone());
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void addNoise(BufferedImage frame, double sigma, Random random) {
        if (sigma <= 0) {
            return;
        }
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int value = (pixels[i] & 0xff) + (int) Math.round(random.nextGaussian() * sigma);
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
    }

    private static BufferedImage jpeg(BufferedImage frame, int quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(frame, null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
