package org.mingjing.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body of a chunk as the storage reads it, counted and fed to the {@link Fixity} on the way: what is read is
 * copied into a few buffers of 512 KiB that two threads hash, one SHA-256 and one SM3, while the storage writes —
 * the pure-Java digests are the slowest part of an upload, and this way they take two cores, not one after the
 * other. {@link #finish()} waits for the digests to catch up; {@link #close()} stops the threads.
 */
final class FixityStream extends InputStream {

    private static final int BUFFER = 512 * 1024;
    private static final int BUFFERS = 4;

    private final InputStream source;
    private final Fixity fixity;
    private final ExecutorService sha256 = Executors.newSingleThreadExecutor(daemon("fixity-sha256"));
    private final ExecutorService sm3 = Executors.newSingleThreadExecutor(daemon("fixity-sm3"));
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private byte[] current;
    private int fill;
    private long count;
    private boolean ended;

    FixityStream(InputStream source, Fixity fixity) {
        this.source = source;
        this.fixity = fixity;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER]);
        }
    }

    /** Bytes read from the source so far. */
    long count() {
        return count;
    }

    /** Whether the source has ended. */
    boolean ended() {
        return ended;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = source.read(b, off, len);
        if (n < 0) {
            ended = true;
            return n;
        }
        count += n;
        int at = off;
        int left = n;
        while (left > 0) {
            if (current == null) {
                current = take();
                fill = 0;
            }
            int k = Math.min(left, current.length - fill);
            System.arraycopy(b, at, current, fill, k);
            fill += k;
            at += k;
            left -= k;
            if (fill == current.length) {
                dispatch();
            }
        }
        return n;
    }

    private byte[] take() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void dispatch() {
        byte[] buffer = current;
        int length = fill;
        current = null;
        fill = 0;
        AtomicInteger pending = new AtomicInteger(2);
        Runnable release = () -> {
            if (pending.decrementAndGet() == 0) {
                free.add(buffer);
            }
        };
        sha256.execute(() -> {
            try {
                fixity.updateSha256(buffer, 0, length);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                release.run();
            }
        });
        sm3.execute(() -> {
            try {
                fixity.updateSm3(buffer, 0, length);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                release.run();
            }
        });
    }

    /** Hashes what is still buffered and waits until both digests have taken in every byte read. */
    void finish() {
        if (current != null && fill > 0) {
            dispatch();
        }
        shutdown();
        try {
            if (!sha256.awaitTermination(10, TimeUnit.MINUTES) || !sm3.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("fixity computation did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("fixity computation failed", failure.get());
        }
    }

    private void shutdown() {
        sha256.shutdown();
        sm3.shutdown();
    }

    /** Stops the hashing threads; the source stays open (the container owns it). */
    @Override
    public void close() {
        shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
