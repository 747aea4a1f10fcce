package org.mingjing.publicity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.mingjing.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox of the push to the province's enforcement-publicity platform (seed §二(一)7): each publish, correction,
 * withdrawal and expiry is written here in the transaction of the act itself, so it is sent if and only if the act
 * committed; {@link PushDispatcher} sends it afterwards. The idempotency key names the publication, the event and the
 * revision, so the same act is never two messages.
 *
 * <p>The messages of one publication are sent in the order of their {@code created_at}, which is therefore kept
 * strictly increasing per publication: a message is stamped at least one microsecond (the precision of the column on
 * both databases) after the publication's previous one, even when the clock stands still or steps back.
 */
@Component
class PushOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    PushOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues one event of a publication, in the caller's transaction; a second call for the same key is ignored. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(String publicationId, String event, int revision, ObjectNode payload) {
        String key = publicationId + ":" + event + ":" + revision;
        payload.put("idempotencyKey", key);
        payload.put("event", event);
        boolean queued = jdbc.sql("SELECT COUNT(*) FROM publication_outbox WHERE idempotency_key = :key")
                .param("key", key).query(Integer.class).single() > 0;
        if (queued) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<OffsetDateTime> last = jdbc.sql("SELECT MAX(created_at) FROM publication_outbox WHERE publication_id = :p")
                .param("p", publicationId).query(OffsetDateTime.class).list();
        if (!last.isEmpty() && last.get(0) != null && !now.isAfter(last.get(0))) {
            now = last.get(0).plus(1, ChronoUnit.MICROS);
        }
        jdbc.sql("""
                INSERT INTO publication_outbox (id, publication_id, event, idempotency_key, payload, created_at,
                       attempts, next_attempt_at)
                VALUES (:id, :publication, :event, :key, :payload, :now, 0, :now)""").param("id", Ids.newId())
                .param("publication", publicationId).param("event", event).param("key", key)
                .param("payload", payload.toString()).param("now", now).update();
    }
}
