package org.mingjing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStorage} does, run against each implementation on a real store: parts written at their
 * numbers and offsets, a part retried after a dropped connection replacing the half-written one, completion that
 * makes the whole object appear and can be repeated, abort, ranged reads, listing and deletion.
 */
abstract class ObjectStorageContract {

    static final int MIB = 1024 * 1024;

    abstract ObjectStorage storage();

    static byte[] bytes(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed + (i >>> 13));
        }
        return b;
    }

    static String key() {
        return "test/" + UUID.randomUUID();
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void partsWrittenInOrderMakeOneObjectReadableByRange() throws IOException {
        ObjectStorage s = storage();
        byte[] first = bytes(5 * MIB, 1);
        byte[] last = bytes(300_000, 2);
        String key = key();
        ObjectStorage.Staging staging = s.begin(key);
        assertThat(s.exists(key)).isFalse();
        ObjectStorage.Part p1 = s.writePart(staging, 1, 0, new ByteArrayInputStream(first), first.length);
        ObjectStorage.Part p2 = s.writePart(staging, 2, first.length, new ByteArrayInputStream(last), last.length);
        assertThat(s.exists(key)).as("nothing appears before completion").isFalse();
        s.complete(staging, List.of(p1, p2));

        assertThat(s.size(key)).hasValue(first.length + last.length);
        byte[] whole = new byte[first.length + last.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(last, 0, whole, first.length, last.length);
        assertThat(read(s.open(key, 0, whole.length))).isEqualTo(whole);
        assertThat(read(s.open(key, 5 * MIB - 10, 20))).isEqualTo(Arrays.copyOfRange(whole, 5 * MIB - 10, 5 * MIB + 10));
        assertThat(read(s.open(key, whole.length - 1, 1))).containsExactly(whole[whole.length - 1]);
        assertThat(read(s.open(key, 7, 0))).isEmpty();

        s.complete(staging, List.of(p1, p2));
        assertThat(s.size(key)).as("completing again changes nothing").hasValue(whole.length);
        assertThat(s.stagingAreas()).noneMatch(a -> a.staging().id().equals(staging.id()));
    }

    @Test
    void aPartRetriedAfterADroppedConnectionReplacesTheHalfWrittenOne() throws IOException {
        ObjectStorage s = storage();
        byte[] first = bytes(5 * MIB, 3);
        byte[] second = bytes(6 * MIB, 4);
        String key = key();
        ObjectStorage.Staging staging = s.begin(key);
        ObjectStorage.Part p1 = s.writePart(staging, 1, 0, new ByteArrayInputStream(first), first.length);
        InputStream dropped = new ByteArrayInputStream(Arrays.copyOf(bytes(6 * MIB, 99), 2 * MIB));
        assertThatThrownBy(() -> s.writePart(staging, 2, first.length, dropped, second.length))
                .isInstanceOf(RuntimeException.class);
        ObjectStorage.Part p2 = s.writePart(staging, 2, first.length, new ByteArrayInputStream(second), second.length);
        s.complete(staging, List.of(p1, p2));
        assertThat(s.size(key)).hasValue(first.length + second.length);
        assertThat(read(s.open(key, first.length, second.length))).isEqualTo(second);
        assertThat(read(s.open(key, 0, first.length))).isEqualTo(first);
    }

    @Test
    void anAbortedWriteLeavesNothing() {
        ObjectStorage s = storage();
        String key = key();
        ObjectStorage.Staging staging = s.begin(key);
        byte[] data = bytes(1000, 5);
        s.writePart(staging, 1, 0, new ByteArrayInputStream(data), data.length);
        assertThat(s.stagingAreas()).anyMatch(a -> a.staging().id().equals(staging.id()));
        s.abort(staging);
        s.abort(staging);
        assertThat(s.exists(key)).isFalse();
        assertThat(s.stagingAreas()).noneMatch(a -> a.staging().id().equals(staging.id()));
        assertThat(s.list("test/")).doesNotContain(key);
    }

    @Test
    void listsCompleteObjectsByPrefixAndDeletesThem() {
        ObjectStorage s = storage();
        String prefix = "list-" + UUID.randomUUID() + "/";
        for (String name : List.of("a", "b")) {
            ObjectStorage.Staging staging = s.begin(prefix + name);
            byte[] data = bytes(10, name.charAt(0));
            s.complete(staging, List.of(s.writePart(staging, 1, 0, new ByteArrayInputStream(data), data.length)));
        }
        ObjectStorage.Staging open = s.begin(prefix + "c");
        s.writePart(open, 1, 0, new ByteArrayInputStream(new byte[3]), 3);
        assertThat(s.list(prefix)).containsExactly(prefix + "a", prefix + "b");
        s.delete(prefix + "a");
        assertThat(s.list(prefix)).containsExactly(prefix + "b");
        assertThat(s.size(prefix + "a")).isEmpty();
        s.abort(open);
    }

    @Test
    void keysThatClimbOutOfTheStoreAreRefused() {
        assertThatThrownBy(() -> storage().begin("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().begin("/abs")).isInstanceOf(IllegalArgumentException.class);
    }
}
