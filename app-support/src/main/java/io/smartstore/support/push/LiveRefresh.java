package io.smartstore.support.push;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a staff view up to date while it is on screen: redrawn at once when its broadcaster tells of a
 * change (server push), and every {@code pollMillis} for what moves with time alone (minutes waited,
 * a kiosk gone silent). Both stop when the view leaves the screen.
 */
public final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    private LiveRefresh() {
    }

    public static <E> void keep(Component view, Broadcaster<E> broadcaster, int pollMillis, Runnable onChange, Runnable onPoll) {
        every(view, pollMillis, onPoll);
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AutoCloseable subscription = broadcaster.listen(change -> ui.access(onChange::run));
            view.addDetachListener(detach -> {
                detach.unregisterListener();
                try {
                    subscription.close();
                } catch (Exception e) {
                    log.warn("could not stop listening for changes", e);
                }
            });
        });
    }

    /** Only the polling: for a view whose figures change elsewhere (another app's reports). */
    public static void every(Component view, int pollMillis, Runnable onPoll) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(pollMillis);
            Registration polling = ui.addPollListener(poll -> onPoll.run());
            view.addDetachListener(detach -> {
                detach.unregisterListener();
                ui.setPollInterval(-1);
                polling.remove();
            });
        });
    }
}
