/** Stores' pseudonymous answers: ingested once each, and counted into per-day score cells. */
package io.smartstore.central.responses;
