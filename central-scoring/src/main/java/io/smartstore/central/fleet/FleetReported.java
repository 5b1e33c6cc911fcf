package io.smartstore.central.fleet;

/** A store's report was kept: what was counted before is out of date. */
record FleetReported(String storeId) {
}
