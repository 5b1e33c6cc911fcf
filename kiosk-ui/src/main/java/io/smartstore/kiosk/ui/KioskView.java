package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.smartstore.devices.DeviceError;
import io.smartstore.devices.wedge.KeyboardWedge;
import io.smartstore.kiosk.KioskSettings;
import io.smartstore.kiosk.feedback.KioskAnswers;
import io.smartstore.kiosk.journey.Journey;
import io.smartstore.kiosk.journey.Screen;
import io.smartstore.kiosk.journey.Timings;
import io.smartstore.kiosk.readers.CredentialRead;
import io.smartstore.kiosk.readers.KioskReaders;
import io.smartstore.protocol.wire.RecognitionMiss;
import io.smartstore.kiosk.readers.ReaderListener;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.protocol.wire.CredentialMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * The kiosk's one page: it draws the {@link Journey}'s screen and feeds it what happens —
 * reads from the readers (on driver threads, through {@link UI#access}), touches and keys,
 * the store's answers (asked on virtual threads). Every touch or key restarts the screen's
 * timer; when it runs out the attract screen comes back and nothing of the last person remains.
 */
@Route("")
@PageTitle("Welcome")
public class KioskView extends Main {

    /** How long "one moment" waits for the store before it gives up (its HTTP client gives up sooner). */
    static final Duration WAITING = Duration.ofSeconds(10);
    /** How often the ticket screen asks the store where the ticket stands. */
    static final Duration TICKET_POLL = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(KioskView.class);
    private final KioskReaders readers;
    private final StoreClient store;
    private final Spheres spheres;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Optional<DemoControls> demo;
    private final Journey journey;
    private final String kioskLanguage;
    private final KeyboardWedge wedge = KeyboardWedge.standard();
    private AutoCloseable subscription;
    private ScheduledFuture<?> timer;
    private ScheduledFuture<?> ticketFollower;

    KioskView(KioskReaders readers, StoreClient store, KioskAnswers outbox, Spheres spheres, TaskScheduler scheduler,
              Clock clock, KioskSettings settings, Optional<DemoControls> demo) {
        this.readers = readers;
        this.store = store;
        this.spheres = spheres;
        this.scheduler = scheduler;
        this.clock = clock;
        this.demo = demo;
        this.kioskLanguage = settings.kiosk().language();
        this.journey = new Journey(clock, new Timings(settings.kiosk().idleTimeout(), settings.kiosk().thankYouReset(), WAITING), outbox);
        addClassName("kiosk");
        listenForWedgeScans();
        listenForActivity();
        render();
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

    /** Any touch or key on the page means someone is still there (at most one message a second reaches the server). */
    private void listenForActivity() {
        for (String event : new String[]{"pointerdown", "keydown"}) {
            getElement().addEventListener(event, e -> stillThere()).throttle(1000);
        }
    }

    void stillThere() {
        journey.touched();
        armTimer();
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
                ui.access(() -> then(journey::readFailed));
            }
        });
        armTimer();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancel(timer);
        cancel(ticketFollower);
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("could not unsubscribe from the readers", e);
        }
    }

    /** Acknowledges at once, then asks the store on a virtual thread and shows the answer. */
    private void identify(CredentialRead read, UI ui) {
        ui.access(() -> {
            then(journey::reading);
            UUID session = journey.session();
            Thread.startVirtualThread(() -> {
                var result = store.identify(read.method(), read.credential(), session);
                ui.access(() -> {
                    if (session.equals(journey.session()) && journey.screen() instanceof Screen.Waiting) {
                        then(() -> journey.recognised(result));
                    }
                });
            });
        });
    }

    private void continueAnonymously() {
        if (journey.continueAnonymously()) {
            anonymousSession();
        }
        render();
    }

    private void askForAdviser() {
        if (journey.askForAdviser()) {
            anonymousSession();
        }
        render();
    }

    /** The store hears of a session nobody was recognised in, with why when the kiosk knows: a read it could not use, a reader not working. */
    private void anonymousSession() {
        UUID session = journey.session();
        RecognitionMiss miss = journey.miss().orElse(readers.status().values().stream().anyMatch(reader -> !reader.healthy())
                ? RecognitionMiss.READER_FAULT : null);
        Thread.startVirtualThread(() -> store.anonymousSession(session, miss));
    }

    private void takeTicket(String sphere) {
        UI ui = UI.getCurrent();
        UUID visit = journey.visit().orElse(null);
        UUID session = journey.session();
        String language = ui.getLocale().getLanguage();
        then(journey::waitForStore);
        Thread.startVirtualThread(() -> {
            var ticket = store.takeTicket(visit, sphere, session, language);
            ui.access(() -> {
                if (session.equals(journey.session())) {
                    then(() -> journey.ticketTaken(ticket));
                }
            });
        });
    }

    /** The customer asks for texts: the store is asked off the screen's thread, the answer shown on it. */
    private void askForTexts(String ticket, java.util.function.Consumer<Boolean> answer) {
        UI ui = UI.getCurrent();
        Thread.startVirtualThread(() -> {
            boolean agreed = store.textMe(ticket);
            ui.access(() -> answer.accept(agreed));
        });
    }

    /** A one-time link for the customer's phone; nothing personal is in it, only a random code. */
    private void rateLater() {
        UI ui = UI.getCurrent();
        UUID visit = journey.visit().orElse(null);
        UUID session = journey.session();
        String language = ui.getLocale().getLanguage();
        String ticket = journey.ticket().orElse(null);
        then(journey::waitForStore);
        Thread.startVirtualThread(() -> {
            var link = store.phoneSurvey(visit, language, ticket);
            ui.access(() -> {
                if (session.equals(journey.session())) {
                    then(() -> journey.phoneLink(link));
                }
            });
        });
    }

    private void chooseLanguage(String language) {
        journey.chooseLanguage(language);
        render();
    }

    private void then(Runnable transition) {
        transition.run();
        render();
    }

    /** Draws the journey's screen, in the person's language (the kiosk's own on the attract screen), and arms its timer. */
    private void render() {
        cancel(ticketFollower);
        applyLanguage(journey.language().orElse(kioskLanguage));
        removeAll();
        add(screenFor(journey.screen()));
        armTimer();
    }

    private Component screenFor(Screen screen) {
        return switch (screen) {
            case Screen.Attract attract -> new AttractScreen(this::continueAnonymously, this::askForAdviser, this::chooseLanguage,
                    demo.map(DemoControls::create).orElse(null));
            case Screen.Waiting waiting -> new ReadingScreen(() -> then(journey::reset));
            case Screen.Personal personal -> new PersonalScreen(personal.identification(), spheres, () -> then(journey::rate),
                    this::askForAdviser, () -> then(journey::reset));
            case Screen.Rating rating -> new RatingScreen(score -> then(() -> journey.scored(score)), this::rateLater,
                    () -> then(journey::reset));
            case Screen.Reasons reasons -> new ReasonsScreen(reasons.score(), journey.recognised(),
                    (chosen, comment, callBack) -> then(() -> journey.sent(chosen, comment, callBack)));
            case Screen.ThankYou thanks -> new ThankYouScreen();
            case Screen.SphereChoice choice -> new SphereChoiceScreen(spheres.all(), spheres, this::takeTicket, () -> then(journey::reset));
            case Screen.Ticket ticket -> followed(new TicketScreen(ticket.ticket(), () -> then(journey::reset), () -> then(journey::rate),
                    answer -> askForTexts(ticket.ticket().ticket(), answer)));
            case Screen.PhoneSurvey survey -> new PhoneSurveyScreen(survey.url(), () -> then(journey::reset));
            case Screen.Message message -> new MessageScreen(message.key(), () -> then(journey::reset), this::continueAnonymously);
        };
    }

    /** Asks the store twice a second where the ticket stands, while its screen shows: the call reaches the customer within a second. */
    private TicketScreen followed(TicketScreen screen) {
        UI ui = UI.getCurrent();
        String ticket = journey.ticket().orElseThrow();
        ticketFollower = scheduler.scheduleWithFixedDelay(() -> store.ticket(ticket).ifPresent(status -> ui.access(() -> {
            if (screen.isAttached()) {
                screen.update(status);
            }
        })), clock.instant().plus(TICKET_POLL), TICKET_POLL);
        return screen;
    }

    /** Switches the screen's language (and its direction: Arabic reads right to left) when it is one we offer. */
    private void applyLanguage(String language) {
        if (language == null || !AttractScreen.LANGUAGES.containsKey(language)) {
            return;
        }
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.forLanguageTag(language));
        boolean rtl = "ar".equals(language);
        ui.setDirection(rtl ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().setAttribute("lang", language);
        getElement().setAttribute("dir", rtl ? "rtl" : "ltr");
    }

    /** One timer for the screen in front: at its deadline, the journey decides whether time is up. */
    private void armTimer() {
        cancel(timer);
        timer = null;
        Optional<UI> ui = getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        journey.deadline().ifPresent(deadline -> ui.ifPresent(current -> timer = scheduler.schedule(() -> current.access(() -> {
            if (journey.timeUp()) {
                render();
            } else {
                armTimer();
            }
        }), deadline)));
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
