package io.smartstore.store.staff;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.smartstore.store.webhooks.StoreEvents;
import io.smartstore.support.staff.ui.WebhooksView;
import io.smartstore.support.webhooks.NewWebhook;
import io.smartstore.support.webhooks.WebhookRequest;
import io.smartstore.support.webhooks.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's webhooks page without a browser: the subscriptions, pause and resume, and a subscription's delivery log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebhooksViewTest {

    @Autowired
    Webhooks webhooks;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> contexts;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        new io.smartstore.support.testing.SignedIn(contexts).out();
    }

    @Test
    void anAdminSeesEachSubscriptionPausesItAndReadsItsDeliveryLog() {
        new io.smartstore.support.testing.SignedIn(contexts).as("admin", "ADMIN"); // the admin's page, the admin's calls
        NewWebhook made = webhooks.subscribe(new WebhookRequest("https://crm.example/view-test", List.of(StoreEvents.ANSWER_DETRACTOR)));
        webhooks.pause(made.id(), true); // nothing leaves while the test looks: the event waits in the log
        webhooks.publish(StoreEvents.ANSWER_DETRACTOR, "FR-TEST-01", java.util.Map.of("score", 2));
        MockVaadin.setup();
        WebhooksView view = new WebhooksView(webhooks);
        UI.getCurrent().add(view);
        assertThat(view.getElement().getTextRecursively()).contains("https://crm.example/view-test").contains("answer.detractor")
                .contains("paused (events kept)").doesNotContain(made.secret());

        _click(_get(Button.class, spec -> spec.withId("deliveries-" + made.id())));
        assertThat(view.getElement().getTextRecursively()).contains("Deliveries to https://crm.example/view-test").contains("PENDING");

        _click(_get(Button.class, spec -> spec.withId("pause-" + made.id())));
        assertThat(webhooks.find(made.id()).paused()).isFalse();
        webhooks.delete(made.id());
    }
}
