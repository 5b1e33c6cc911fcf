package io.smartstore.store.followups;

import java.util.UUID;

/** A recognised detractor who agreed to be contacted answered while still in the shop: their follow-up. */
public record DetractorInTheShop(UUID followUp) {
}
