/**
 * What the store tells subscribed systems (api.md, "Webhooks"): the events it offers, and the kiosks' changes of state
 * told as they are recorded. The answers and the follow-ups tell theirs where they happen.
 */
@NullMarked
package io.smartstore.store.webhooks;

import org.jspecify.annotations.NullMarked;
