package io.smartstore.store.feedback;

import io.smartstore.store.Api;
import io.smartstore.store.StoreServerApplication;
import io.smartstore.support.jdbc.DiskSync;
import io.smartstore.support.testing.PowerCut;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.smartstore.support.testing.ApiClient.json;

/**
 * What a power cut costs the store, and what keeping every acknowledged answer costs: the store on a disk that
 * loses what was not synced and writes back what stayed dirty for 30 s (Linux's default), 4 kiosks each sending an
 * answer every 250 ms for N seconds, then the power goes. Run twice in one go: with the store as it was (nothing
 * synced before the acknowledgement) and as it is (DiskSync before each acknowledgement). Prints the answers
 * acknowledged and lost, how old the oldest lost one was, how often H2 synced by itself, and the acknowledgement's
 * latency. Run: {@code ./smartstore bench power-cut [seconds]} (default 60).
 */
public final class PowerCutBench {

    private static final int KIOSKS = 4;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        PowerCut.writeBackAfter(Duration.ofSeconds(30));
        run(false, seconds);
        run(true, seconds);
        System.exit(0);
    }

    private static void run(boolean synced, int seconds) throws Exception {
        Path directory = Files.createTempDirectory("power-cut");
        Path database = directory.resolve("store");
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StoreServerApplication.class).profiles("test");
        if (!synced) { // as the store was before: its DiskSync on a database it never needs to sync
            JdbcDataSource none = new JdbcDataSource();
            none.setURL("jdbc:h2:mem:nothing-to-sync");
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DiskSync ? new DiskSync(none) : bean;
                }
            }));
        }
        Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
        List<Double> latencies = new CopyOnWriteArrayList<>();
        try (ConfigurableApplicationContext store = builder.run("--server.port=0", "--spring.datasource.url=" + PowerCut.url(database),
                "--logging.level.root=WARN", "--smartstore.misuse.max-per-minute=100000")) {
            Api api = new Api(Integer.parseInt(store.getEnvironment().getProperty("local.server.port")));
            long syncsAtStart = PowerCut.syncs(database);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
            for (int k = 0; k < KIOSKS; k++) {
                kiosks.submit(() -> {
                    while (System.nanoTime() < end) {
                        Instant now = Instant.now();
                        long start = System.nanoTime();
                        HttpResponse<String> receipt = api.asKiosk("POST", "/api/v1/feedback", "application/json",
                                "{\"responses\":[{\"id\":\"%s\",\"score\":9,\"answeredAt\":\"%s\"}]}".formatted(UUID.randomUUID(), now));
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (receipt.statusCode() == 200) {
                            json(receipt).path("accepted").forEach((JsonNode id) -> acknowledged.put(id.asString(), now));
                        }
                        Thread.sleep(250);
                    }
                    return null;
                });
            }
            kiosks.shutdown();
            kiosks.awaitTermination(seconds + 60, TimeUnit.SECONDS);
            Instant cut = Instant.now();
            long syncs = PowerCut.syncs(database) - syncsAtStart;
            Set<String> kept = PowerCutTest.answersIn(PowerCut.platters(database, directory.resolve("after-the-cut")));
            List<Instant> lost = acknowledged.entrySet().stream().filter(answer -> !kept.contains(answer.getKey())).map(Map.Entry::getValue).sorted().toList();
            System.out.printf(Locale.ROOT, "%s: %d answers acknowledged in %d s, %d lost by the power cut%s; the file synced %d times; "
                            + "acknowledgement p50 %.1f ms, p95 %.1f ms%n",
                    synced ? "synced before each acknowledgement (now)" : "as before (no sync)", acknowledged.size(), seconds, lost.size(),
                    lost.isEmpty() ? "" : " (the oldest acknowledged %.1f s before the cut)".formatted(Duration.between(lost.getFirst(), cut).toMillis() / 1000.0),
                    syncs, percentile(latencies, 50), percentile(latencies, 95));
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
