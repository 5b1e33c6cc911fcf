package io.smartstore.store.floor;

import io.smartstore.store.StoreSettings;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.queue.SphereCatalogue;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Makes the list of customers to call back for the member of staff looking at it. */
@Component
public class FollowUpLists {

    private final FollowUps followUps;
    private final CustomerContexts contexts;
    private final SphereCatalogue spheres;
    private final Clock clock;
    private final StoreSettings settings;
    private final io.smartstore.store.followups.InTheShopBroadcaster inTheShop;

    FollowUpLists(FollowUps followUps, CustomerContexts contexts, SphereCatalogue spheres, Clock clock, StoreSettings settings,
                  io.smartstore.store.followups.InTheShopBroadcaster inTheShop) {
        this.inTheShop = inTheShop;
        this.followUps = followUps;
        this.contexts = contexts;
        this.spheres = spheres;
        this.clock = clock;
        this.settings = settings;
    }

    public FollowUpList forStaff(String username) {
        return new FollowUpList(followUps, contexts, spheres.labels(), username, clock, settings.store().zone());
    }

    /** The unhappy customers still in the shop, pushed to this adviser's floor. */
    InTheShopPanel inTheShopFor(String username) {
        return new InTheShopPanel(followUps, contexts, spheres.labels(), username, inTheShop);
    }
}
