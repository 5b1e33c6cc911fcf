/** Benchmarks of the device drivers: parser throughput, serial latency, QR decoding. Results in docs/benchmarks.md. */
package io.smartstore.benchmarks;
