package io.smartstore.store.floor;

import io.smartstore.support.push.Chime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import io.smartstore.protocol.wire.Refusal;
import io.smartstore.store.followups.FollowUp;
import io.smartstore.store.followups.FollowUps;
import io.smartstore.store.followups.InTheShopBroadcaster;
import io.smartstore.support.push.LiveRefresh;

import java.util.List;
import java.util.Map;

/**
 * On every adviser's floor, at the top: the recognised detractors who agreed to be contacted and answered while still
 * in the shop, pushed the moment their answer is stored, with a sound, who they are and what they said. "Take it now"
 * makes the adviser its owner (the others see it go); closing it "recovered in the shop" counts on the day page.
 */
class InTheShopPanel extends Div {

    private final FollowUps followUps;
    private final CustomerContexts contexts;
    private final Map<String, String> sphereLabels;
    private final String username;

    InTheShopPanel(FollowUps followUps, CustomerContexts contexts, Map<String, String> sphereLabels, String username, InTheShopBroadcaster broadcaster) {
        this.followUps = followUps;
        this.contexts = contexts;
        this.sphereLabels = sphereLabels;
        this.username = username;
        setId("in-the-shop");
        addClassName("in-the-shop");
        refresh();
        LiveRefresh.keep(this, broadcaster, 30_000, () -> {
            refresh();
            chime();
        }, this::refresh); // one leaves the list when their time in the shop is over
    }

    void refresh() {
        removeAll();
        List<FollowUp> here = followUps.inTheShop();
        setVisible(!here.isEmpty());
        if (here.isEmpty()) {
            return;
        }
        add(new H2(here.size() == 1 ? "Unhappy and still in the shop" : here.size() + " unhappy customers still in the shop"));
        here.forEach(followUp -> add(card(followUp)));
    }

    private Div card(FollowUp followUp) {
        String who = followUp.customer().firstName() == null ? followUp.customer().ref() : followUp.customer().firstName();
        Paragraph said = new Paragraph(who + " gave " + followUp.score() + (followUp.reasons().isEmpty() ? "" : " · "
                + String.join(", ", followUp.reasons().stream().map(io.smartstore.support.i18n.Translations::reasonInEnglish).toList()))
                + (followUp.comment() == null ? "" : " — “" + followUp.comment() + "”"));
        said.addClassName("in-the-shop-said");
        Button take = new Button("Take it now", click -> {
            try {
                followUps.update(followUp.id(), io.smartstore.store.followups.FollowUp.Change.takenBy(username));
                Notification.show("Yours: go and see " + who, 4000, Notification.Position.TOP_END);
            } catch (Refusal refused) {
                Notification.show(refused.getMessage(), 4000, Notification.Position.TOP_END);
            }
            refresh();
        });
        take.setId("take-now-" + followUp.id());
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div card = new Div(said, take);
        contexts.ofCustomer(followUp.customer().ref()).ifPresent(context -> card.add(CustomerPanel.of(context, sphereLabels)));
        card.addClassName("in-the-shop-card");
        return card;
    }

    private void chime() {
        Chime.alert(this);
    }
}
