package org.mingjing.publicity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's {@link DecisionIndex} in step with the {@code publication} table, which alone is the truth:
 * <ol>
 * <li>at start, before the web server takes requests, it compares what the index holds with what is published
 * (each id with the time of its last public change) and indexes or removes the difference — a first start indexes
 * everything, a restart only what changed meanwhile, an index of another database is corrected;</li>
 * <li>after each commit of this node that changed what the public sees ({@link PublicationChanged}), it reads that
 * publication again and updates it at once;</li>
 * <li>every few seconds it reads the publications changed since the latest change it saw, less
 * {@value #OVERLAP_MINUTES} minutes (a transaction of another node may commit after later ones), so that the other
 * nodes' changes arrive here too. Updates by id are idempotent; one seen twice costs nothing.</li>
 * </ol>
 * Every node runs this for itself: there is no lock between nodes, unlike the jobs that must run once.
 */
@Component
class DecisionIndexing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionIndexing.class);

    static final int OVERLAP_MINUTES = 2;
    private static final Duration OVERLAP = Duration.ofMinutes(OVERLAP_MINUTES);

    private final DecisionIndex index;
    private final PublishedRows rows;
    private final boolean enabled;
    /** What the index holds: id to the time of the public change it holds (epoch microseconds). */
    private final Map<String, Long> held = new ConcurrentHashMap<>();
    /** One update at a time, each reading the rows afresh: the last write is always of the latest commit. */
    private final ReentrantLock updating = new ReentrantLock();
    private volatile Instant lastSeen;
    private volatile boolean running;

    /**
     * Off for the one-off commands ({@code generate}, {@code bootstrap}), which serve no search: a serving start
     * afterwards catches up with what they wrote.
     */
    DecisionIndexing(DecisionIndex index, PublishedRows rows, @Value("${mingjing.command:}") String command) {
        this.index = index;
        this.rows = rows;
        this.enabled = command.isBlank();
    }

    @Override
    public void start() {
        running = true;
        if (enabled) {
            reconcile();
        }
    }

    /**
     * After the demo data (phase 0) and the demo's cases (phase 1), before the web server (which starts in a late
     * phase).
     */
    @Override
    public int getPhase() {
        return 2;
    }

    @Override
    public void stop() {
        running = false;
        if (enabled) {
            commit();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Brings the index to what the table publishes: indexes what is missing or older, removes what is not published.
     * The differences are read and indexed in chunks by as many threads as there are processors (at most four), and
     * made visible once at the end, so a first start of a node indexes 100,000 decisions in one pass
     * (docs/performance.md).
     */
    void reconcile() {
        long started = System.nanoTime();
        updating.lock();
        try {
            Instant latest = rows.latestChange().orElse(null);
            Map<String, Long> published = rows.publishedChanges();
            Map<String, Long> inIndex = index.changes();
            held.clear();
            held.putAll(inIndex);
            List<String> stale = new ArrayList<>();
            published.forEach((id, changed) -> {
                if (!changed.equals(inIndex.get(id))) {
                    stale.add(id);
                }
            });
            for (String id : inIndex.keySet()) {
                if (!published.containsKey(id)) {
                    stale.add(id);
                }
            }
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < stale.size(); i += PublishedRows.CHUNK) {
                    List<String> chunk = stale.subList(i, Math.min(stale.size(), i + PublishedRows.CHUNK));
                    work.add(pool.submit(() -> {
                        apply(chunk);
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            index.refresh();
            advance(latest);
            log.info("Decision search index: {} published, {} updated, in {} ms", published.size(), stale.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            updating.unlock();
        }
        commit();
    }

    /** A change of this node, just committed: the index follows at once (the catch-up would, a little later). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicationChanged changed) {
        if (!enabled || !running) {
            return;
        }
        try {
            update(List.of(changed.publicationId()));
        } catch (RuntimeException e) {
            // The change is committed; the catch-up will index it. The caller's request must not fail for this.
            log.warn("Decision search index: publication {} not updated now, the catch-up will: {}",
                    changed.publicationId(), e.toString());
        }
    }

    /** Reads the publications changed since shortly before the latest change seen, and indexes what differs. */
    @Scheduled(fixedDelayString = "${mingjing.publicity.search.catch-up-interval:PT5S}",
            initialDelayString = "${mingjing.publicity.search.catch-up-interval:PT5S}")
    void catchUp() {
        if (!enabled || !running) {
            return;
        }
        try {
            Instant since = lastSeen == null ? Instant.EPOCH : lastSeen.minus(OVERLAP);
            List<String> ids = new ArrayList<>();
            Instant latest = null;
            for (PublishedRows.Change c : rows.changedSince(since)) {
                Long inIndex = held.get(c.id());
                boolean current = PublishedRows.PUBLISHED.equals(c.status())
                        ? Objects.equals(inIndex, DecisionIndex.micros(c.changedAt()))
                        : inIndex == null;
                if (!current) {
                    ids.add(c.id());
                }
                if (c.changedAt() != null && (latest == null || c.changedAt().isAfter(latest))) {
                    latest = c.changedAt();
                }
            }
            for (int i = 0; i < ids.size(); i += PublishedRows.CHUNK) {
                update(ids.subList(i, Math.min(ids.size(), i + PublishedRows.CHUNK)));
            }
            advance(latest);
            commit();
        } catch (RuntimeException e) {
            log.warn("Decision search index: catch-up failed, retried at the next: {}", e.toString());
        }
    }

    /** Reads these publications now and puts the published ones in the index, removing the others; visible at once. */
    void update(Collection<String> ids) {
        updating.lock();
        try {
            apply(ids);
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            updating.unlock();
        }
    }

    private void apply(Collection<String> ids) throws IOException {
        Map<String, PublishedRows.Row> found = new HashMap<>();
        rows.findAll(ids).forEach(r -> found.put(r.id(), r));
        for (String id : ids) {
            PublishedRows.Row row = found.get(id);
            if (row != null && row.published()) {
                index.put(row.indexed());
                held.put(id, DecisionIndex.micros(row.changedAt()));
            } else {
                index.remove(id);
                held.remove(id);
            }
        }
    }

    private void advance(Instant latest) {
        if (latest != null && (lastSeen == null || latest.isAfter(lastSeen))) {
            lastSeen = latest;
        }
    }

    private void commit() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            log.warn("Decision search index: not committed ({}); the next start catches up", e.toString());
        }
    }
}
