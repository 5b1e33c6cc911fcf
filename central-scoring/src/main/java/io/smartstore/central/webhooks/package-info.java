/** What central tells subscribed systems (api.md, "Webhooks"): a store going silent, a day's scores published. */
@NullMarked
package io.smartstore.central.webhooks;

import org.jspecify.annotations.NullMarked;
