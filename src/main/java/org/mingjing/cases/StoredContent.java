package org.mingjing.cases;

import java.io.InputStream;

import org.mingjing.storage.ObjectStorage;
import org.springframework.core.io.AbstractResource;

/** The content of an evidence item in the storage: its size, and its bytes whole or by range, streamed. */
public final class StoredContent extends AbstractResource {

    private final ObjectStorage storage;
    private final String key;
    private final long size;

    StoredContent(ObjectStorage storage, String key, long size) {
        this.storage = storage;
        this.key = key;
        this.size = size;
    }

    @Override
    public String getDescription() {
        return "evidence object " + key;
    }

    @Override
    public InputStream getInputStream() {
        return storage.open(key, 0, size);
    }

    /** {@code length} bytes from {@code offset}; the caller closes the stream. */
    public InputStream open(long offset, long length) {
        return storage.open(key, offset, length);
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public boolean exists() {
        return true;
    }
}
