package org.mingjing.publicity;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox ({@link PushOutbox}) to the province's enforcement-publicity platform (seed §二(一)7), at least once
 * per message and in effect once: each message is POSTed as JSON with its {@code Idempotency-Key} (also in the body),
 * and marked delivered only after a 2xx answer arrived whole (status, headers and body); a crash, a timeout or a lost answer between the send
 * and the mark sends it again with the same key, which the platform recognises.
 *
 * <ul>
 * <li>Messages go oldest first, and a message waits while an earlier one of the same publication is undelivered, so
 * the platform never learns of a withdrawal before the publication (or of a second correction before the first).</li>
 * <li>2xx: delivered. 409 counts as delivered only with {@code conflict-delivered=true}; by default it means "the same
 * key is still being processed" (the Idempotency-Key draft of the IETF) and is retried.</li>
 * <li>408, 409, 429, 5xx, a timeout, a refused or dropped connection: the platform is in trouble; the message waits
 * its backoff ({@link PushBackoff}, honouring a {@code Retry-After} in seconds) and the run stops until the next one
 * rather than knocking on with every other message.</li>
 * <li>Any other answer (400, 401, 403, 404, 422, a redirect…): the platform refuses this message until someone changes
 * something; it is kept with its error and tried again after the longest backoff, and the run goes on.</li>
 * </ul>
 * Nothing is ever dropped: a message undelivered for longer than {@code stuck-after} is logged and warned about on the
 * workbench ({@link PushWarnings}). With no endpoint configured nothing is sent and everything stays queued.
 *
 * <p>A run is a ShedLock job, so only one node of a cluster sends at a time; each message's row is updated on its own
 * after its answer, so no database transaction is held open across a network call.
 */
@org.springframework.stereotype.Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "mingjing.scheduling.enabled",
        havingValue = "true", matchIfMissing = true)
class PushDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    /** A run stops after this long even with messages left, well within the lock's 30 minutes. */
    static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    /** Of an error answer's body, this many characters are kept in {@code last_error}. */
    private static final int ERROR_BODY = 300;

    private final JdbcClient jdbc;
    private final PushSettings settings;
    private final PushBackoff backoff;
    private final Clock clock;
    private final DoubleSupplier random;
    private final HttpClient client;
    private final URI endpoint;

    @org.springframework.beans.factory.annotation.Autowired
    PushDispatcher(JdbcClient jdbc, PushSettings settings, Clock clock) {
        this(jdbc, settings, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    PushDispatcher(JdbcClient jdbc, PushSettings settings, Clock clock, DoubleSupplier random) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.backoff = settings.backoff();
        this.clock = clock;
        this.random = random;
        if (settings.enabled()) {
            this.endpoint = URI.create(settings.url());
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        } else {
            this.endpoint = null;
            this.client = null;
        }
    }

    @Scheduled(fixedDelayString = "${mingjing.publicity.push.interval:5s}", initialDelayString = "PT15S")
    @SchedulerLock(name = "publicity-push", lockAtMostFor = "PT30M")
    void run() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            log.warn("publicity push: run failed, will retry: {}", e.toString());
        }
    }

    /**
     * One run: sends the due messages, batch after batch, until none is due, the platform fails in a way that
     * concerns every message, or {@link #RUN_LIMIT} has passed.
     *
     * @return how many messages were delivered
     */
    int dispatch() {
        if (!settings.enabled()) {
            return 0;
        }
        long until = System.nanoTime() + RUN_LIMIT.toNanos();
        int delivered = 0;
        while (System.nanoTime() < until) {
            List<Message> due = due(OffsetDateTime.now(clock));
            if (due.isEmpty()) {
                return delivered;
            }
            for (Message m : due) {
                Answer answer = send(m);
                if (answer == null) {
                    return delivered;
                }
                record(m, answer);
                if (answer.verdict() == Verdict.DELIVERED) {
                    delivered++;
                } else if (answer.verdict() == Verdict.RETRY) {
                    return delivered;
                }
            }
        }
        return delivered;
    }

    /** One queued message. */
    record Message(String id, String publicationId, String event, String key, String payload,
            OffsetDateTime createdAt, int attempts) {
    }

    /** What one answer means for its message. */
    enum Verdict {
        /** The platform has it. */
        DELIVERED,
        /** The platform (or the way to it) is in trouble: try again after the backoff. */
        RETRY,
        /** The platform refuses this message as it stands: keep it, try again after the longest backoff. */
        REFUSED
    }

    /** The answer to one try: its verdict, the HTTP status if one came, the error, and the wait the platform asked. */
    record Answer(Verdict verdict, Integer status, String error, Duration retryAfter) {
    }

    /** What an HTTP status means for the message that got it. */
    static Verdict verdict(int status, boolean conflictDelivered) {
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        if (status == 409) {
            return conflictDelivered ? Verdict.DELIVERED : Verdict.RETRY;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Verdict.RETRY;
        }
        return Verdict.REFUSED;
    }

    /**
     * The due messages, oldest first, each the earliest undelivered one of its publication (a later one waits for
     * it even when it is itself due).
     */
    private List<Message> due(OffsetDateTime now) {
        return jdbc.sql("""
                SELECT o.id, o.publication_id, o.event, o.idempotency_key, o.payload, o.created_at, o.attempts
                FROM publication_outbox o
                WHERE o.delivered_at IS NULL AND o.next_attempt_at <= :now
                  AND NOT EXISTS (SELECT 1 FROM publication_outbox e
                                  WHERE e.publication_id = o.publication_id AND e.delivered_at IS NULL
                                    AND (e.created_at < o.created_at OR (e.created_at = o.created_at AND e.id < o.id)))
                ORDER BY o.created_at, o.id
                LIMIT :limit""").param("now", now).param("limit", settings.batchSize())
                .query((rs, n) -> new Message(rs.getString("id"), rs.getString("publication_id"),
                        rs.getString("event"), rs.getString("idempotency_key"), rs.getString("payload"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("attempts")))
                .list();
    }

    /**
     * Sends one message and waits for the whole answer, at most the connect and read timeouts together (a platform
     * that sends its headers and then trickles its body forever does not hold the job); null when the thread was
     * interrupted (the application is stopping). Of the body only the beginning is kept, for the error column.
     */
    private Answer send(Message m) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .header("Idempotency-Key", m.key())
                .POST(HttpRequest.BodyPublishers.ofString(m.payload(), StandardCharsets.UTF_8));
        if (!settings.authToken().isEmpty()) {
            request.header(settings.authHeader(), settings.authToken());
        }
        BodyStart body = new BodyStart();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArrayConsumer(body));
        try {
            HttpResponse<Void> response = exchange.get(
                    settings.connectTimeout().plus(settings.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            Verdict verdict = verdict(status, settings.conflictDelivered());
            String text = body.text();
            String error = verdict == Verdict.DELIVERED ? null
                    : ("HTTP " + status + (text.isBlank() ? "" : ": " + text.strip()));
            return new Answer(verdict, status, error, retryAfter(response));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Answer(Verdict.RETRY, null, "timeout: no whole answer within "
                    + settings.connectTimeout().plus(settings.readTimeout()), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String error = cause instanceof HttpTimeoutException ? "timeout: " + cause.getMessage()
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new Answer(Verdict.RETRY, null, error, null);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Keeps the first {@value #ERROR_BODY} bytes of an answer's body and lets the rest pass. */
    private static final class BodyStart implements Consumer<Optional<byte[]>> {

        private final ByteArrayOutputStream head = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(bytes -> head.write(bytes, 0, Math.min(bytes.length, ERROR_BODY - head.size())));
        }

        synchronized String text() {
            return head.toString(StandardCharsets.UTF_8);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).filter(v -> v.matches("\\d{1,9}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(null);
    }

    /** Marks the message delivered, or counts the failure and sets when it is tried again. */
    private void record(Message m, Answer answer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (answer.verdict() == Verdict.DELIVERED) {
            jdbc.sql("""
                    UPDATE publication_outbox SET delivered_at = :now, attempts = attempts + 1, last_status = :status,
                           last_error = NULL
                    WHERE id = :id AND delivered_at IS NULL""").param("now", now).param("status", answer.status())
                    .param("id", m.id()).update();
            return;
        }
        int failures = m.attempts() + 1;
        Duration wait = answer.verdict() == Verdict.REFUSED ? backoff.afterRefusal()
                : backoff.afterFailure(failures, random.getAsDouble(), answer.retryAfter());
        String error = answer.error() == null ? "" : answer.error();
        jdbc.sql("""
                UPDATE publication_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_status = :status,
                       last_error = :error
                WHERE id = :id AND delivered_at IS NULL""").param("next", now.plus(wait))
                .param("status", answer.status(), java.sql.Types.INTEGER)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error).param("id", m.id()).update();
        boolean stuck = m.createdAt() != null && m.createdAt().isBefore(now.minus(settings.stuckAfter()));
        if (stuck || answer.verdict() == Verdict.REFUSED) {
            log.warn("publicity push: {} (queued {}) refused or stuck after {} tries, next try in {}: {}", m.key(),
                    m.createdAt(), failures, wait, error);
        } else if (failures == 1) {
            log.info("publicity push: {} not delivered, next try in {}: {}", m.key(), wait, error);
        } else {
            log.debug("publicity push: {} not delivered (try {}), next try in {}: {}", m.key(), failures, wait, error);
        }
    }
}
