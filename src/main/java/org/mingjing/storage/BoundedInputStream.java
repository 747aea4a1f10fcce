package org.mingjing.storage;

import java.io.IOException;
import java.io.InputStream;

/** At most {@code limit} bytes of a stream; closing it closes the source. */
final class BoundedInputStream extends InputStream {

    private final InputStream source;
    private long remaining;

    BoundedInputStream(InputStream source, long limit) {
        this.source = source;
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = source.read();
        if (b >= 0) {
            remaining--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = source.read(buffer, offset, (int) Math.min(length, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = source.skip(Math.min(n, remaining));
        remaining -= skipped;
        return skipped;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
