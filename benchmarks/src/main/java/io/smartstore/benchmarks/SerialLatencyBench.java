package io.smartstore.benchmarks;

import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.Device;
import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.card.Luhn;
import io.smartstore.devices.card.MagneticStripeReaders;
import io.smartstore.devices.serial.Reconnection;
import io.smartstore.devices.serial.SerialSettings;
import io.smartstore.devices.serial.SerialTestPorts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Bytes to event over a real pseudo-terminal: the time from writing a swipe into the
 * host side of a socat pair to the card-read event of a reader on the device side,
 * through jSerialComm. Run: {@code ./smartstore bench}.
 */
public final class SerialLatencyBench {

    public static void main(String[] args) throws Exception {
        int swipes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("latency");
        BlockingQueue<Long> arrivals = new ArrayBlockingQueue<>(16);
        try (SerialTestPorts.Pair pair = SerialTestPorts.start(dir.resolve("reader"), dir.resolve("host"));
             Device<CardSwipe> reader = MagneticStripeReaders.serial("card-reader",
                     SerialSettings.of(dir.resolve("reader").toString()), Reconnection.DEFAULT)) {
            reader.addListener(card -> arrivals.add(System.nanoTime()));
            reader.start();
            while (reader.connection() != ConnectionStatus.CONNECTED) {
                Thread.sleep(10);
            }
            List<Double> micros = new ArrayList<>();
            for (int i = 0; i < swipes + 100; i++) {
                String body = "62800010%07d".formatted(i);
                String pan = body + Luhn.checkDigit(body);
                long sent = System.nanoTime();
                pair.send("%B" + pan + "^MARTIN/CAMILLE^2812101000000000000?;" + pan + "=28121010000000000000?\r\n");
                Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IllegalStateException("swipe " + i + " never arrived");
                }
                if (i >= 100) { // the first hundred warm the JIT up
                    micros.add((arrived - sent) / 1e3);
                }
                Thread.sleep(2);
            }
            System.out.printf(Locale.ROOT, "Bytes to event over a socat pseudo-terminal, %d swipes: median %.0f µs, p99 %.0f µs, max %.0f µs%n",
                    swipes, Percentiles.of(micros, 50), Percentiles.of(micros, 99), Percentiles.of(micros, 100));
        }
    }
}
