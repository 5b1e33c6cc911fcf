package io.smartstore.support.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

import java.util.List;
import java.util.Locale;

/**
 * Keeps {@code /actuator/prometheus} clean by {@code promtool check metrics}: leaves out the
 * meters an operator of a shop does not watch and whose Prometheus names break its rules
 * (Spring Security's per-filter meters, named after Java classes in camelCase; JIT time in
 * ms and CPU time in ns, abbreviated units; the number of CPUs, a gauge named like a
 * histogram's count), and gives every meter without a description a
 * help text made of its name (HTTP timings come from observations, which carry none).
 */
public final class LintedMeters implements MeterFilter {

    private static final List<String> LEFT_OUT = List.of("spring.security.", "jvm.compilation.time", "process.cpu.time", "system.cpu.count");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return LEFT_OUT.stream().anyMatch(id.getName()::startsWith) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null && !id.getDescription().isBlank()) {
            return id;
        }
        return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                id.getName().replace('.', ' ').toLowerCase(Locale.ROOT), id.getType());
    }
}
