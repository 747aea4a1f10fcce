package org.mingjing.publicity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where this node keeps its decision search index: {@code mingjing.publicity.search.directory}, by default
 * {@code ${mingjing.data-dir}/search/decisions}, so that a restart reads it and catches up rather than rebuilding;
 * a temporary directory when that is blank or another process holds it (two nodes on one data directory); memory
 * for the one-off commands, which search nothing. The index only caches the database: deleting it costs a rebuild
 * at the next start (docs/adr/0006-publicity.md, "Search").
 */
@Configuration(proxyBeanMethods = false)
class DecisionIndexConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DecisionIndexConfiguration.class);

    @Bean(destroyMethod = "close")
    DecisionIndex decisionIndex(@Value("${mingjing.publicity.search.directory:}") String directory,
            @Value("${mingjing.data-dir:}") String dataDir, @Value("${mingjing.command:}") String command)
            throws IOException {
        if (!command.isBlank()) {
            return new DecisionIndex(new ByteBuffersDirectory());
        }
        Path path = !directory.isBlank() ? Path.of(directory)
                : !dataDir.isBlank() ? Path.of(dataDir, "search", "decisions") : null;
        if (path != null) {
            Directory fs = null;
            try {
                Files.createDirectories(path);
                fs = FSDirectory.open(path);
                return new DecisionIndex(fs);
            } catch (LockObtainFailedException e) {
                log.warn("Decision search index: {} is in use by another process; this node keeps its own in a "
                        + "temporary directory", path);
            } catch (IOException | RuntimeException e) {
                log.warn("Decision search index: {} cannot be used ({}); this node keeps its own in a temporary "
                        + "directory", path, e.toString());
            }
            if (fs != null) {
                fs.close();
            }
        }
        Path temporary = Files.createTempDirectory("mingjing-search-");
        return new DecisionIndex(new TemporaryDirectory(FSDirectory.open(temporary), temporary));
    }

    /** A directory deleted with its files when the index closes. */
    private static final class TemporaryDirectory extends org.apache.lucene.store.FilterDirectory {

        private final Path path;

        TemporaryDirectory(Directory in, Path path) {
            super(in);
            this.path = path;
        }

        @Override
        public void close() throws IOException {
            super.close();
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
