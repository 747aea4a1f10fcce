package org.mingjing.storage;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where evidence files live: a staged write that makes an object appear under its key at once, ranged reads, and
 * the listing an orphan check needs. Nothing is ever held in memory whole; implementations read and write through
 * buffers of a few MiB at most.
 *
 * <p>A staged write: {@link #begin} returns a {@link Staging} handle, which the caller may keep (in a database) so
 * that another node continues the write; {@link #writePart} writes one part, identified both by its number (S3
 * uses it) and by its byte offset (the local disk uses it), and may be repeated for a part whose earlier attempt
 * failed midway — the retry replaces it; {@link #complete} makes the object appear under its key atomically and
 * is safe to repeat after a failure; {@link #abort} discards the staged data.
 */
public interface ObjectStorage {

    /** The smallest part an S3 multipart upload accepts, except for its last part. */
    long MIN_PART_SIZE = 5L * 1024 * 1024;

    /** A staged write in progress: the key its object will have, and the store's own name for the staging. */
    record Staging(String key, String id) {
    }

    /** A part written: its number, where it starts, its length and the tag the store gave it (S3's ETag). */
    record Part(int number, long offset, long size, String tag) {
    }

    /** A staging area the store holds, for sweeping those no upload refers to any more. */
    record StagingArea(Staging staging, Instant started) {
    }

    /** {@code local} or {@code s3}. */
    String type();

    Staging begin(String key);

    /**
     * Writes exactly {@code length} bytes read from {@code data} as part {@code number} starting at {@code offset}.
     * Fails (and the part does not count) if {@code data} ends early or the store refuses it.
     */
    Part writePart(Staging staging, int number, long offset, InputStream data, long length);

    /** Makes the object appear under the staging's key, made of the parts in order; repeatable. */
    void complete(Staging staging, List<Part> parts);

    /** Discards the staged data; repeatable. */
    void abort(Staging staging);

    /** {@code length} bytes of the object from {@code offset}; the caller closes the stream. */
    InputStream open(String key, long offset, long length);

    /** The object's size, or empty if there is none under the key. */
    OptionalLong size(String key);

    default boolean exists(String key) {
        return size(key).isPresent();
    }

    void delete(String key);

    /** The keys of all complete objects starting with the prefix. */
    List<String> list(String prefix);

    /** The staging areas of writes begun and neither completed nor aborted. */
    List<StagingArea> stagingAreas();
}
