package io.smartstore.support.webhooks;

import io.smartstore.protocol.webhooks.WebhookSignature;
import io.smartstore.support.relay.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends what waits in the outbox, each subscription on its own virtual thread: its oldest delivery first, the next
 * only once that one was acknowledged (a 2xx) or set aside, so a receiver sees its events in order. A failure waits
 * a backoff with jitter (1 s doubling to 1 min); an event never acknowledged within
 * {@code smartstore.webhooks.give-up-after} is set aside with its last outcome, and the next goes. Redirects are not
 * followed; a receiver has {@code smartstore.webhooks.timeout} to answer. Nothing here runs on a request's thread: a
 * slow receiver never slows an answer, a ticket or a call. Logged: the subscription, the event and the outcome, never
 * the body.
 */
public class WebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private final WebhookOutbox outbox;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Set<UUID> sending = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Backoff> backoffs = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    WebhookDispatcher(WebhookOutbox outbox, WebhookSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout().compareTo(Duration.ofSeconds(5)) < 0 ? settings.timeout() : Duration.ofSeconds(5))
                .executor(threads).build();
    }

    /** Starts sending for each subscription with something waiting that is not being sent already nor waiting its backoff. */
    @Scheduled(fixedDelayString = "${smartstore.webhooks.poll:500ms}")
    public void dispatch() {
        for (UUID subscription : outbox.waiting()) {
            Backoff backoff = backoffs.computeIfAbsent(subscription, id -> new Backoff(clock));
            if (backoff.mayTry() && sending.add(subscription)) {
                threads.execute(() -> {
                    try {
                        drain(subscription, backoff);
                    } catch (RuntimeException unexpected) {
                        log.warn("webhook {}: sending stopped ({}); tried again at the next look", subscription, unexpected.getClass().getSimpleName());
                    } finally {
                        sending.remove(subscription);
                    }
                });
            }
        }
    }

    private void drain(UUID subscription, Backoff backoff) {
        Optional<WebhookOutbox.Waiting> next = outbox.next(subscription);
        while (next.isPresent()) {
            WebhookOutbox.Waiting delivery = next.get();
            Outcome outcome = send(delivery);
            if (outcome.acknowledged()) {
                outbox.delivered(delivery.seq(), outcome.text());
                backoff.succeeded();
            } else if (!clock.instant().isBefore(delivery.occurredAt().plus(settings.giveUpAfter()))) {
                outbox.setAside(delivery.seq(), "not acknowledged within " + settings.giveUpAfter() + "; last: " + outcome.text());
                log.warn("webhook {}: event of delivery {} set aside ({})", subscription, delivery.seq(), outcome.text());
            } else {
                outbox.failed(delivery.seq(), outcome.text());
                Duration wait = backoff.failed();
                log.info("webhook {}: delivery {} not acknowledged ({}); again in {} ms", subscription, delivery.seq(), outcome.text(), wait.toMillis());
                return;
            }
            next = outbox.next(subscription);
        }
    }

    private Outcome send(WebhookOutbox.Waiting delivery) {
        HttpRequest request = HttpRequest.newBuilder(delivery.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Smartstore-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), clock.instant(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            String text = "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
            return new Outcome(status >= 200 && status < 300, text);
        } catch (HttpTimeoutException slow) {
            return new Outcome(false, "no answer within " + settings.timeout().toMillis() + " ms");
        } catch (ConnectException refused) {
            return new Outcome(false, "could not connect");
        } catch (SSLException tls) {
            return new Outcome(false, "TLS handshake failed");
        } catch (IOException broken) {
            return new Outcome(false, "connection failed (" + broken.getClass().getSimpleName() + ")");
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted: the app was stopping");
        }
    }

    /** Forgets the delivery log past {@code smartstore.webhooks.keep-log}, each night. */
    @Scheduled(cron = "0 50 3 * * *")
    public void forget() {
        outbox.forget(clock.instant().minus(settings.keepLog()));
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private record Outcome(boolean acknowledged, String text) {
    }
}
