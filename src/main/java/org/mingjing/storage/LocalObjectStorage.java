package org.mingjing.storage;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Objects as files under a root directory ({@code ${mingjing.data-dir}/evidence} by default), the key being the
 * relative path. A staged write is one file in {@code .staging/} written at the offsets of its parts — each part
 * first cuts the file back to its offset, so a part retried after a dropped connection overwrites the half-written
 * tail — flushed to disk, and moved under its key atomically on completion.
 */
final class LocalObjectStorage implements ObjectStorage {

    private static final int BUFFER = 1 << 20;
    private static final String STAGING = ".staging";

    private final Path root;
    private final Path staging;

    LocalObjectStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(STAGING);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence directory " + this.root + " cannot be created", e);
        }
    }

    @Override
    public String type() {
        return "local";
    }

    @Override
    public Staging begin(String key) {
        StorageKeys.check(key);
        String id = UUID.randomUUID().toString();
        try {
            Files.createFile(stagingFile(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Staging(key, id);
    }

    @Override
    public Part writePart(Staging s, int number, long offset, InputStream data, long length) {
        Path file = stagingFile(s.id());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() < offset) {
                throw new IllegalStateException("staged data of " + s.key() + " ends at " + channel.size()
                        + ", before the part's offset " + offset);
            }
            channel.truncate(offset);
            channel.position(offset);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(length, 1)));
            long left = length;
            while (left > 0) {
                int n = data.read(buffer.array(), 0, (int) Math.min(buffer.capacity(), left));
                if (n < 0) {
                    throw new EOFException("part " + number + " of " + s.key() + " ended " + left + " bytes early");
                }
                buffer.limit(n).position(0);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                buffer.clear();
                left -= n;
            }
            channel.force(false);
            return new Part(number, offset, length, null);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no staged data for " + s.key(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void complete(Staging s, List<Part> parts) {
        Path file = stagingFile(s.id());
        Path target = object(s.key());
        try {
            if (!Files.exists(file)) {
                if (Files.exists(target)) {
                    return;
                }
                throw new IllegalStateException("no staged data for " + s.key());
            }
            long expected = parts.isEmpty() ? 0 : parts.get(parts.size() - 1).offset() + parts.get(parts.size() - 1).size();
            long size = Files.size(file);
            if (size != expected) {
                throw new IllegalStateException("staged data of " + s.key() + " has " + size + " bytes, not " + expected);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void abort(Staging s) {
        try {
            Files.deleteIfExists(stagingFile(s.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(object(key), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no object " + key, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OptionalLong size(String key) {
        Path p = object(key);
        try {
            return Files.isRegularFile(p) ? OptionalLong.of(Files.size(p)) : OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(object(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> !k.startsWith(".") && !k.contains("/.") && k.startsWith(prefix == null ? "" : prefix))
                    .sorted().forEach(keys::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    @Override
    public List<StagingArea> stagingAreas() {
        List<StagingArea> areas = new ArrayList<>();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".part")) {
                    areas.add(new StagingArea(new Staging("", name.substring(0, name.length() - 5)),
                            Files.getLastModifiedTime(p).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return areas;
    }

    private Path stagingFile(String id) {
        if (id == null || !id.matches("[A-Za-z0-9\\-]{1,64}")) {
            throw new IllegalArgumentException("not a staging id: " + id);
        }
        return staging.resolve(id + ".part");
    }

    private Path object(String key) {
        return root.resolve(StorageKeys.check(key));
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a directory be synced; the move itself is atomic all the same.
        }
    }
}
