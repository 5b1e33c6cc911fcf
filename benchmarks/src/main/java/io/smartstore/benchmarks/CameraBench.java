package io.smartstore.benchmarks;

import io.smartstore.devices.camera.GrayFrame;
import io.smartstore.devices.camera.QrFrameDecoder;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kiosk's camera decoder against zxing-cpp 3 (the best open decoder, run as WebAssembly by {@code node
 * benchmarks/zxing-cpp/read.mjs}) on the same photographs: ZXing's black-box QR sets in {@code ../shared/corpora}.
 * Prints each image either decoder misses, with its size, then the counts (right, wrong) and the time per image;
 * then ours on 1280×720 frames holding each photograph (the camera's frame size): p50 and p95 per frame.
 * Run: {@code ./smartstore bench camera}.
 */
public final class CameraBench {

    record Outcome(String status, double millis) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("smartstore.root", ".")).toAbsolutePath().normalize();
        Path corpus = args.length > 0 ? Path.of(args[0]) : root.resolve("../shared/corpora/zxing-qrcode-blackbox").normalize();
        if (!Files.isDirectory(corpus)) {
            System.out.println("(corpus not found at " + corpus + ": nothing to measure)");
            return;
        }
        Map<String, Outcome> cpp = zxingCpp(root, corpus);
        QrFrameDecoder decoder = new QrFrameDecoder();
        Map<String, Outcome> ours = new LinkedHashMap<>();
        Map<String, String> sizes = new LinkedHashMap<>();
        List<Double> frameMillis = new ArrayList<>();
        int readInFrame = 0;
        List<Path> images;
        try (Stream<Path> files = Files.walk(corpus)) {
            images = files.filter(p -> p.toString().matches(".*\\.(png|jpg|jpeg|gif)$")).sorted().toList();
        }
        for (int warm = 0; warm < 2; warm++) { // the JIT first: the timed pass is the third
            for (Path image : images) {
                decoder.decode(gray(ImageIO.read(image.toFile())));
            }
        }
        for (Path image : images) {
            String key = corpus.relativize(image).toString();
            String expected = Files.readString(image.resolveSibling(image.getFileName().toString().replaceAll("\\.[^.]+$", ".txt")), StandardCharsets.UTF_8);
            BufferedImage picture = ImageIO.read(image.toFile());
            sizes.put(key, picture.getWidth() + "×" + picture.getHeight());
            long start = System.nanoTime();
            Optional<String> read = decoder.decode(gray(picture));
            double millis = (System.nanoTime() - start) / 1e6;
            ours.put(key, new Outcome(read.isEmpty() ? "NONE" : read.get().equals(expected) ? "RIGHT" : "WRONG", millis));
            GrayFrame frame = inFrame(picture, 1280, 720);
            start = System.nanoTime();
            readInFrame += decoder.decode(frame).filter(expected::equals).isPresent() ? 1 : 0;
            frameMillis.add((System.nanoTime() - start) / 1e6);
        }
        System.out.println("| image | size | ours | zxing-cpp |");
        System.out.println("|---|---|---|---|");
        for (String key : ours.keySet()) {
            Outcome mine = ours.get(key);
            Outcome theirs = cpp.getOrDefault(key, new Outcome("-", 0));
            if (!mine.status().equals("RIGHT") || !theirs.status().equals("RIGHT")) {
                System.out.printf("| %s | %s | %s | %s |%n", key, sizes.get(key), mine.status(), theirs.status());
            }
        }
        System.out.println();
        summary("ours (QrFrameDecoder)", ours);
        if (!cpp.isEmpty()) {
            summary("zxing-cpp", cpp);
        }
        System.out.printf(Locale.ROOT, "ours on 1280×720 frames holding each photograph: %d right; p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                readInFrame, Percentiles.of(frameMillis, 50), Percentiles.of(frameMillis, 95), frameMillis.stream().mapToDouble(d -> d).max().orElse(0));
        for (int[] size : new int[][]{{1280, 720}, {640, 480}}) {
            List<Double> empty = new ArrayList<>();
            java.util.Random noise = new java.util.Random(7);
            for (int i = 0; i < 200; i++) { // a frame with no code at all, as most frames are: every stage runs
                byte[] pixels = new byte[size[0] * size[1]];
                for (int p = 0; p < pixels.length; p++) {
                    pixels[p] = (byte) (128 + 40 * Math.sin(p * 0.01) + noise.nextGaussian() * 12);
                }
                long start = System.nanoTime();
                decoder.decode(new GrayFrame(size[0], size[1], pixels));
                empty.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "ours on %d×%d frames with no code (every stage runs): p50 %.1f ms, p95 %.1f ms%n",
                    size[0], size[1], Percentiles.of(empty.subList(50, 200), 50), Percentiles.of(empty.subList(50, 200), 95));
        }
    }

    private static void summary(String who, Map<String, Outcome> outcomes) {
        long right = outcomes.values().stream().filter(o -> o.status().equals("RIGHT")).count();
        long wrong = outcomes.values().stream().filter(o -> o.status().equals("WRONG")).count();
        List<Double> millis = outcomes.values().stream().map(Outcome::millis).toList();
        System.out.printf(Locale.ROOT, "%-22s %d of %d right, %d wrong; per image p50 %.1f ms, p95 %.1f ms%n", who, right, outcomes.size(), wrong,
                Percentiles.of(millis, 50), Percentiles.of(millis, 95));
    }

    /** zxing-cpp's outcome per image, by the node script; empty (and said) when node or the package is missing. */
    private static Map<String, Outcome> zxingCpp(Path root, Path corpus) throws IOException, InterruptedException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Path script = root.resolve("benchmarks/zxing-cpp/read.mjs");
        if (!Files.isDirectory(root.resolve("benchmarks/zxing-cpp/node_modules/zxing-wasm"))) {
            System.out.println("(zxing-cpp not installed: run 'npm ci' in benchmarks/zxing-cpp; ./smartstore bench camera does)");
            return outcomes;
        }
        Process node = new ProcessBuilder("node", script.toString(), corpus.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split("\t");
                if (parts.length == 3) {
                    outcomes.put(parts[0], new Outcome(parts[1], Double.parseDouble(parts[2])));
                } else {
                    System.out.println(line);
                }
            }
        }
        node.waitFor();
        return outcomes;
    }

    static GrayFrame gray(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return new GrayFrame(gray.getWidth(), gray.getHeight(), ((DataBufferByte) gray.getRaster().getDataBuffer()).getData().clone());
    }

    /** The photograph in the middle of a camera's frame (scaled down to fit when larger), the rest mid-grey. */
    static GrayFrame inFrame(BufferedImage image, int width, int height) {
        double scale = Math.min(1.0, Math.min((double) width / image.getWidth(), (double) height / image.getHeight()));
        int w = (int) (image.getWidth() * scale);
        int h = (int) (image.getHeight() * scale);
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, (width - w) / 2, (height - h) / 2, w, h, null);
        g.dispose();
        return new GrayFrame(width, height, ((DataBufferByte) frame.getRaster().getDataBuffer()).getData().clone());
    }
}
