package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.devices.DeviceError;
import io.smartstore.devices.wedge.KeyboardWedge;
import io.smartstore.kiosk.KioskSettings;
import io.smartstore.kiosk.feedback.FeedbackOutbox;
import io.smartstore.kiosk.readers.CredentialRead;
import io.smartstore.kiosk.readers.KioskReaders;
import io.smartstore.kiosk.readers.ReaderListener;
import io.smartstore.kiosk.recognition.RecognitionResult;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.QueueTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * The customer's journey on one screen: attract → (card read) → personal screen →
 * rating → thank you → attract. Reader events arrive on driver threads and reach the
 * screen through {@link UI#access}. Inactivity, and a few seconds of "thank you",
 * bring back the attract screen: the next person sees nothing of the last.
 */
@Route("")
@PageTitle("Welcome")
public class KioskView extends Main {

    private static final Logger log = LoggerFactory.getLogger(KioskView.class);
    private final KioskReaders readers;
    private final StoreClient store;
    private final FeedbackOutbox outbox;
    private final Spheres spheres;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final KioskSettings.Kiosk timings;
    private final Optional<DemoControls> demo;
    private AutoCloseable subscription;
    private ScheduledFuture<?> reset;
    private ScheduledFuture<?> ticketFollower;
    private Identification current;
    private final KeyboardWedge wedge = KeyboardWedge.standard();
    private final String defaultLanguage;

    KioskView(KioskReaders readers, StoreClient store, FeedbackOutbox outbox, Spheres spheres, TaskScheduler scheduler,
              Clock clock, KioskSettings settings, Optional<DemoControls> demo) {
        this.readers = readers;
        this.store = store;
        this.outbox = outbox;
        this.spheres = spheres;
        this.scheduler = scheduler;
        this.clock = clock;
        this.timings = settings.kiosk();
        this.demo = demo;
        this.defaultLanguage = settings.kiosk().language();
        addClassName("kiosk");
        listenForWedgeScans();
        showAttract();
    }

    /** A keyboard-wedge scanner types its code into the page: keys in a fast burst ending with Enter are a scan. */
    private void listenForWedgeScans() {
        getElement().executeJs("""
                window.smartstoreWedgeTarget = $0;
                if (!window.smartstoreWedge) {
                    window.smartstoreWedge = true;
                    document.addEventListener('keydown', e => window.smartstoreWedgeTarget.dispatchEvent(
                        new CustomEvent('wedge-key', {detail: {key: e.key, at: e.timeStamp}})));
                }""", getElement());
        getElement().addEventListener("wedge-key", event -> wedge.key(
                        event.getEventData().get("event.detail.key").asString(),
                        event.getEventData().get("event.detail.at").asDouble())
                        .ifPresent(code -> identify(new CredentialRead(CredentialMethod.QR, code, "keyboard-wedge"), UI.getCurrent())))
                .addEventData("event.detail.key").addEventData("event.detail.at");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = readers.subscribe(new ReaderListener() {
            @Override
            public void credentialRead(CredentialRead read) {
                identify(read, ui);
            }

            @Override
            public void readFailed(String reader, DeviceError error) {
                ui.access(() -> showMessage("message.badRead"));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelReset();
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("could not unsubscribe from the readers", e);
        }
    }

    /** Acknowledges at once, then asks the store on a virtual thread and shows the answer. */
    private void identify(CredentialRead read, UI ui) {
        ui.access(() -> show(new ReadingScreen(), null));
        Thread.startVirtualThread(() -> {
            RecognitionResult result = store.identify(read.method(), read.credential());
            ui.access(() -> recognised(result));
        });
    }

    private void recognised(RecognitionResult result) {
        switch (result) {
            case RecognitionResult.Recognised recognised -> showPersonal(recognised.identification());
            case RecognitionResult.Refused refused -> showRefusal(refused.code());
            case RecognitionResult.StoreUnreachable unreachable -> showMessage("message.offline");
        }
    }

    /** Back to the start for the next person: nothing of the last one, the kiosk's own language. */
    private void showAttract() {
        current = null;
        applyLanguage(defaultLanguage);
        showAttractScreen();
    }

    private void showAttractScreen() {
        show(new AttractScreen(this::continueAnonymously, this::chooseSphere, this::chooseLanguage,
                demo.map(DemoControls::create).orElse(null)), null);
    }

    private void chooseLanguage(String language) {
        applyLanguage(language);
        showAttractScreen();
    }

    /** Switches the screen's language (and its direction: Arabic reads right to left) when it is one we offer. */
    private void applyLanguage(String language) {
        if (language == null || !AttractScreen.LANGUAGES.containsKey(language)) {
            return;
        }
        UI ui = UI.getCurrent();
        ui.setLocale(java.util.Locale.forLanguageTag(language));
        ui.setDirection("ar".equals(language) ? com.vaadin.flow.component.Direction.RIGHT_TO_LEFT
                : com.vaadin.flow.component.Direction.LEFT_TO_RIGHT);
        ui.getElement().setAttribute("lang", language);
        getElement().setAttribute("dir", "ar".equals(language) ? "rtl" : "ltr");
    }

    private void showPersonal(Identification identification) {
        current = identification;
        applyLanguage(identification.customer().language());
        show(new PersonalScreen(identification, spheres, this::showRating, this::chooseSphere, this::showAttract), timings.idleTimeout());
    }

    private void showRating() {
        show(new RatingScreen(this::answer, this::rateLater, this::showAttract), timings.idleTimeout());
    }

    private void chooseSphere() {
        show(new SphereChoiceScreen(spheres.all(), spheres, this::takeTicket, this::showAttract), timings.idleTimeout());
    }

    private void takeTicket(String sphere) {
        UI ui = UI.getCurrent();
        java.util.UUID visit = current == null ? null : current.visitId();
        show(new ReadingScreen(), null);
        Thread.startVirtualThread(() -> {
            var ticket = store.takeTicket(visit, sphere);
            ui.access(() -> ticket.ifPresentOrElse(this::showTicket, () -> showMessage("message.noTicket")));
        });
    }

    private void showTicket(QueueTicket ticket) {
        TicketScreen screen = new TicketScreen(ticket, this::showAttract);
        show(screen, timings.idleTimeout().multipliedBy(4));
        followTicket(screen, ticket.ticket());
    }

    /** Asks the store every few seconds where the ticket stands, until it is called or the screen goes. */
    private void followTicket(TicketScreen screen, String ticket) {
        UI ui = UI.getCurrent();
        ticketFollower = scheduler.scheduleWithFixedDelay(() -> store.ticket(ticket).ifPresent(status -> ui.access(() -> {
            if (screen.isAttached()) {
                screen.update(status);
            }
        })), clock.instant().plusSeconds(3), java.time.Duration.ofSeconds(3));
    }

    /** A one-time link for the customer's phone; nothing personal is in it, only a random code. */
    private void rateLater() {
        UI ui = UI.getCurrent();
        UUID visit = current == null ? null : current.visitId();
        String language = ui.getLocale().getLanguage();
        show(new ReadingScreen(), null);
        Thread.startVirtualThread(() -> {
            var link = store.phoneSurvey(visit, language);
            ui.access(() -> link.ifPresentOrElse(url -> show(new PhoneSurveyScreen(url, this::showAttract), timings.idleTimeout()),
                    () -> showMessage("message.noSurvey")));
        });
    }

    private void continueAnonymously() {
        Thread.startVirtualThread(store::anonymousSession);
        current = null;
        showRating();
    }

    private void answer(int score) {
        Instant answeredAt = clock.instant();
        show(new ReasonsScreen(score, (reasons, comment) -> save(score, reasons, comment, answeredAt)), timings.idleTimeout());
    }

    /** Commits the answer to the outbox, and only then thanks the customer. */
    private void save(int score, List<String> reasons, String comment, Instant answeredAt) {
        UUID visit = current == null ? null : current.visitId();
        String language = current == null ? null : current.customer().language();
        outbox.add(new FeedbackResponse(UUID.randomUUID(), visit, score, reasons, comment, answeredAt, language));
        current = null;
        show(new ThankYouScreen(), timings.thankYouReset());
    }

    private void showRefusal(String code) {
        switch (code) {
            case "unknown_customer" -> showMessage("message.unknown");
            case "card_not_accepted" -> showMessage("message.bankCard");
            case "invalid_credential" -> showMessage("message.badRead");
            case "token_expired" -> showMessage("message.expired");
            case "token_replayed" -> showMessage("message.replayed");
            case "token_invalid" -> showMessage("message.tokenInvalid");
            default -> showMessage("message.other");
        }
    }

    private void showMessage(String key) {
        show(new MessageScreen(key, this::showAttract, this::continueAnonymously), timings.idleTimeout());
    }

    /** Shows a screen; after {@code resetAfter} without another screen, the attract screen comes back. */
    private void show(Component screen, Duration resetAfter) {
        cancelReset();
        removeAll();
        add(screen);
        if (resetAfter != null) {
            getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui ->
                    reset = scheduler.schedule(() -> ui.access(this::showAttract), clock.instant().plus(resetAfter)));
        }
    }

    private void cancelReset() {
        if (reset != null) {
            reset.cancel(false);
            reset = null;
        }
        if (ticketFollower != null) {
            ticketFollower.cancel(false);
            ticketFollower = null;
        }
    }
}
