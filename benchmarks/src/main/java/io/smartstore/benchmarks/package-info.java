/** Benchmarks of the device drivers: parser throughput, serial latency, QR decoding. Results in docs/benchmarks.md. */
@NullMarked
package io.smartstore.benchmarks;

import org.jspecify.annotations.NullMarked;
