package org.mingjing.publicity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the push to the province's enforcement-publicity platform (seed §二(一)7: 同步推送至执法信息公示平台)
 * sends the outbox's messages ({@code mingjing.publicity.push.*}; the defaults are in {@code application.properties}).
 *
 * @param url the platform's endpoint; empty switches the push off, and the events stay queued for a later endpoint
 * @param authHeader the header that carries {@code authToken} (default {@code Authorization})
 * @param authToken the header's value (e.g. {@code Bearer …}); empty sends none
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the whole answer to one message
 * @param batchSize how many due messages one query takes
 * @param backoffBase the wait after a message's first failure; it doubles after each further one
 * @param backoffMax the longest wait, and the wait after a refusal the platform will not change its mind about
 * @param jitter the share of a wait taken off at random (0.2: between 80 and 100 %), so that nodes and messages
 *            that failed together do not all come back together; below 0.5, so that the wait still grows
 * @param stuckAfter a message still undelivered this long after its act is stuck: a workbench warning, never dropped
 * @param conflictDelivered whether a 409 counts as delivered (for a platform that answers 409 to a key it already
 *            has); by default a 409 means "still processing this key" and is retried
 */
@ConfigurationProperties("mingjing.publicity.push")
public record PushSettings(@DefaultValue("") String url, @DefaultValue("Authorization") String authHeader,
        @DefaultValue("") String authToken, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout, @DefaultValue("50") int batchSize,
        @DefaultValue("10s") Duration backoffBase, @DefaultValue("1h") Duration backoffMax,
        @DefaultValue("0.2") double jitter, @DefaultValue("24h") Duration stuckAfter,
        @DefaultValue("false") boolean conflictDelivered) {

    public PushSettings {
        url = url == null ? "" : url.strip();
        authHeader = authHeader == null || authHeader.isBlank() ? "Authorization" : authHeader.strip();
        authToken = authToken == null ? "" : authToken.strip();
        if (!url.isEmpty()) {
            try {
                URI uri = new URI(url);
                if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    throw new IllegalStateException("mingjing.publicity.push.url must be an http or https URL: "
                            + url);
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("mingjing.publicity.push.url is not a URL: " + url, e);
            }
        }
        positive("connect-timeout", connectTimeout);
        positive("read-timeout", readTimeout);
        positive("backoff-base", backoffBase);
        positive("backoff-max", backoffMax);
        positive("stuck-after", stuckAfter);
        if (backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalStateException("mingjing.publicity.push.backoff-max must not be below backoff-base");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalStateException("mingjing.publicity.push.batch-size must be between 1 and 1000");
        }
        if (!(jitter >= 0 && jitter < 0.5)) {
            throw new IllegalStateException("mingjing.publicity.push.jitter must be at least 0 and below 0.5");
        }
    }

    /** Whether the push is on: an endpoint is configured. */
    public boolean enabled() {
        return !url.isEmpty();
    }

    /** The waits between tries that these settings give. */
    PushBackoff backoff() {
        return new PushBackoff(backoffBase, backoffMax, jitter);
    }

    /** The token stays out of logs and error messages. */
    @Override
    public String toString() {
        return "PushSettings[url=" + url + ", authHeader=" + authHeader + ", authToken="
                + (authToken.isEmpty() ? "" : "(set)") + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", batchSize=" + batchSize + ", backoffBase=" + backoffBase + ", backoffMax="
                + backoffMax + ", jitter=" + jitter + ", stuckAfter=" + stuckAfter + ", conflictDelivered="
                + conflictDelivered + "]";
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalStateException("mingjing.publicity.push." + name + " must be positive");
        }
    }
}
