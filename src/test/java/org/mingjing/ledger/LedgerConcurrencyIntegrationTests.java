package org.mingjing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sixteen writers append at once while three sequencers race to give the entries their indices (as the job on
 * several nodes and callers needing indices now would): the log never forks — every entry gets exactly one index,
 * the indices run from 0 without a gap, and the Merkle root recomputed from the leaves in index order is the
 * head's root, which the next checkpoint signs.
 */
@IntegrationTest
class LedgerConcurrencyIntegrationTests {

    static final int WRITERS = 16;
    static final int PER_WRITER = 150;

    @Autowired
    Ledger ledger;
    @Autowired
    LogVerifications verifications;
    @Autowired
    JdbcTemplate db;

    @Test
    void sixteenWritersAndThreeSequencersNeverForkTheLog() throws Exception {
        ledger.sequence();
        long before = ledger.head().size();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 3);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong sequencerFailures = new AtomicLong();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_WRITER; i++) {
                    ledger.append(new Ledger.Draft("TEST", "writer-" + writer, "r-" + writer + "-" + i, "FILING",
                            "CONCURRENT", "writer" + writer, OffsetDateTime.now(),
                            "{\"writer\":" + writer + ",\"i\":" + i + "}"));
                }
                return null;
            }));
        }
        List<Future<?>> sequencers = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            sequencers.add(pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    try {
                        ledger.sequence();
                    } catch (RuntimeException e) {
                        // a sequencer that lost a race rolls back its batch; the next round retries
                        sequencerFailures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        for (Future<?> f : sequencers) {
            f.get();
        }
        pool.shutdown();
        ledger.sequence();

        long size = ledger.head().size();
        assertThat(size - before).isEqualTo((long) WRITERS * PER_WRITER);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE log_index < 0", Long.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT log_index) FROM ledger_entry WHERE log_index >= 0", Long.class)).isEqualTo(size);
        assertThat(db.queryForObject("SELECT MAX(log_index) FROM ledger_entry", Long.class)).isEqualTo(size - 1);
        MerkleTree.Frontier f = new MerkleTree.Frontier();
        db.query("SELECT leaf_hash FROM ledger_entry WHERE log_index >= 0 ORDER BY log_index",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> f.add(MerkleTree.unhex(rs.getString(1))));
        assertThat(MerkleTree.hex(f.root())).isEqualTo(ledger.head().rootHash());
        Checkpoint c = ledger.checkpoint();
        assertThat(c.size()).isEqualTo(size);
        assertThat(verifications.verifyAll(new AtomicLong())).isEmpty();
    }
}
