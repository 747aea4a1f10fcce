package org.mingjing.discretion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.mingjing.cases.CaseDecided;
import org.mingjing.cases.DecidedCases;
import org.mingjing.cases.Steps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's {@link SimilarCaseIndex} in step with the decided cases of the database, which alone is the truth
 * (docs/adr/0010-discretion-assistant.md):
 * <ol>
 * <li>the index lives under {@code ${mingjing.data-dir}/search/similar-cases}, so a restart reads it; a temporary
 * directory when another process holds that one; memory for the one-off commands, which search nothing;</li>
 * <li>at start, in the background (the web server does not wait), it compares the ids of the decided cases with
 * those it holds, indexes what is missing and removes what is gone (a first start indexes everything; a restart
 * only what was decided or generated meanwhile; an index built from another database, by its JDBC URL, is dropped
 * first);</li>
 * <li>every minute after, it compares the number of decided cases with the number it holds, and the ids only when
 * they differ (cases decided by another node, generated, or lost in a crash before a commit);</li>
 * <li>after each commit of this node that decided a case ({@link CaseDecided}), it indexes that case at once.</li>
 * </ol>
 * The event is taken after the commit on the node that published it, not through the event publication registry:
 * the registry completes a publication once, for one node, while every node must update its own index. What a
 * node misses this way (it was down, another node decided) the count check finds.
 */
@Component
class SimilarCaseIndexing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimilarCaseIndexing.class);

    private final DecidedCases decided;
    private final boolean enabled;
    private final SimilarCaseIndex index;
    private final ReentrantLock updating = new ReentrantLock();
    private final CountDownLatch firstReconcile = new CountDownLatch(1);
    private volatile boolean running;

    SimilarCaseIndexing(DecidedCases decided, @Value("${mingjing.discretion.similar.directory:}") String directory,
            @Value("${mingjing.data-dir:}") String dataDir, @Value("${mingjing.command:}") String command,
            @Value("${spring.datasource.url:}") String database) throws IOException {
        this.decided = decided;
        this.enabled = command.isBlank();
        this.index = new SimilarCaseIndex(open(directory, dataDir, enabled), database);
    }

    private static Directory open(String directory, String dataDir, boolean enabled) throws IOException {
        if (!enabled) {
            return new ByteBuffersDirectory();
        }
        Path path = !directory.isBlank() ? Path.of(directory)
                : !dataDir.isBlank() ? Path.of(dataDir, "search", "similar-cases") : null;
        if (path != null) {
            try {
                Files.createDirectories(path);
                Directory fs = FSDirectory.open(path);
                try {
                    // The write lock is taken by the writer; a second process on the same directory fails there.
                    fs.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME).close();
                    return fs;
                } catch (LockObtainFailedException e) {
                    fs.close();
                    log.warn("Similar-case index: {} is in use by another process; this node keeps its own in memory",
                            path);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Similar-case index: {} cannot be used ({}); this node keeps its own in memory", path,
                        e.toString());
            }
        }
        return new ByteBuffersDirectory();
    }

    SimilarCaseIndex index() {
        return index;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            firstReconcile.countDown();
            return;
        }
        Thread t = new Thread(() -> {
            try {
                reconcile(true);
            } catch (RuntimeException e) {
                log.warn("Similar-case index: rebuild failed, retried within a minute: {}", e.toString());
            } finally {
                firstReconcile.countDown();
            }
        }, "similar-case-index");
        t.setDaemon(true);
        t.start();
    }

    /** After the demo data and its cases, so a first start indexes them. */
    @Override
    public int getPhase() {
        return 2;
    }

    @Override
    public void stop() {
        running = false;
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            log.warn("Similar-case index: not committed at stop ({}); the next start catches up", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Waits for the first comparison with the database after start (tests and the benchmark). */
    boolean awaitFirstReconcile(long seconds) throws InterruptedException {
        return firstReconcile.await(seconds, TimeUnit.SECONDS);
    }

    /** Every minute: the cheap count check, and the comparison by id only when the counts differ. */
    @Scheduled(fixedDelayString = "${mingjing.discretion.similar.check-interval:PT60S}",
            initialDelayString = "${mingjing.discretion.similar.check-interval:PT60S}")
    void check() {
        if (enabled && running && firstReconcile.getCount() == 0) {
            try {
                reconcile(false);
            } catch (RuntimeException e) {
                log.warn("Similar-case index: check failed: {}", e.toString());
            }
        }
    }

    /**
     * Brings the index to the database's decided cases: always by id when {@code full} (at start: an index kept from
     * another database may hold as many cases as this one), otherwise only when the numbers differ. Returns how many
     * cases it indexed or removed.
     */
    int reconcile(boolean full) {
        long started = System.nanoTime();
        updating.lock();
        try {
            index.refresh();
            long inDatabase = decided.count();
            if (!full && inDatabase == index.size()) {
                return 0;
            }
            Set<String> ids = decided.ids();
            Set<String> held = index.ids();
            List<String> missing = ids.stream().filter(id -> !held.contains(id)).collect(Collectors.toList());
            Set<String> gone = new HashSet<>(held);
            gone.removeAll(ids);
            if (missing.isEmpty() && gone.isEmpty()) {
                return 0;
            }
            index.remove(gone);
            for (int i = 0; i < missing.size(); i += 2000) {
                put(missing.subList(i, Math.min(missing.size(), i + 2000)));
            }
            index.commit();
            index.refresh();
            log.info("Similar-case index: {} decided cases, {} indexed, {} removed, in {} ms", ids.size(),
                    missing.size(), gone.size(), (System.nanoTime() - started) / 1_000_000);
            return missing.size() + gone.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            updating.unlock();
        }
    }

    /** A case this node decided, just committed: indexed at once (the count check would, a little later). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseDecided event) {
        if (!enabled || !running) {
            return;
        }
        try {
            updating.lock();
            try {
                put(List.of(event.caseId()));
                index.refresh();
            } finally {
                updating.unlock();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Similar-case index: case {} not indexed now, the count check will: {}", event.caseId(),
                    e.toString());
        }
    }

    private void put(List<String> ids) throws IOException {
        List<DecidedCases.DecidedCase> found = decided.byIds(ids);
        List<SimilarCaseIndex.Entry> entries = new ArrayList<>(found.size());
        for (DecidedCases.DecidedCase c : found) {
            entries.add(entry(c));
        }
        for (SimilarCaseIndex.Entry e : entries) {
            index.put(e);
        }
    }

    static SimilarCaseIndex.Entry entry(DecidedCases.DecidedCase c) {
        return new SimilarCaseIndex.Entry(c.id(), c.agencyId(), c.matterCode(), c.number(), c.decidedOn(),
                c.type() == null ? null : c.type().name(), penalties(c.penalties()), c.fineAmount(),
                c.illegalIncome(),
                c.circumstances().stream().map(LevelPolicy::normal).filter(x -> !x.isEmpty())
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                SimilarCaseIndex.words(c.facts()));
    }

    /** Penalties as the index stores them: KIND or KIND:amount, separated by semicolons. */
    static String penalties(List<Steps.Penalty> penalties) {
        return penalties.stream().map(p -> p.amount() == null ? p.kind().name()
                : p.kind().name() + ":" + p.amount().toPlainString()).collect(Collectors.joining(";"));
    }

    static List<Steps.Penalty> penalties(String stored) {
        List<Steps.Penalty> list = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return list;
        }
        for (String part : stored.split(";")) {
            int colon = part.indexOf(':');
            org.mingjing.catalogue.PenaltyKind kind = org.mingjing.catalogue.PenaltyKind
                    .valueOf(colon < 0 ? part : part.substring(0, colon));
            list.add(new Steps.Penalty(kind, colon < 0 ? null : new java.math.BigDecimal(part.substring(colon + 1))));
        }
        return list;
    }

    @jakarta.annotation.PreDestroy
    void close() throws IOException {
        index.close();
    }
}
