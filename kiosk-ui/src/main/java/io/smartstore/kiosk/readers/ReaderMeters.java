package io.smartstore.kiosk.readers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code smartstore_reader_connected{reader=…}}: 1 while a configured reader is enabled and connected, else 0 (an alert watches it). */
@Component
class ReaderMeters {

    ReaderMeters(KioskReaders readers, MeterRegistry meters) {
        readers.status().keySet().forEach(name -> Gauge.builder("smartstore.reader.connected",
                        readers, all -> all.status().containsKey(name) && all.status().get(name).healthy() ? 1 : 0)
                .tag("reader", name).description("1 while the reader is enabled and connected").register(meters));
    }
}
