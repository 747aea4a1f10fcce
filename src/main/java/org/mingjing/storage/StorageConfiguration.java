package org.mingjing.storage;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link ObjectStorage} of the application, chosen by {@code mingjing.storage.type}: {@code local}
 * (default; under {@code mingjing.storage.local.root}, by default {@code ${mingjing.data-dir}/evidence}) or
 * {@code s3} ({@code mingjing.storage.s3.endpoint}, {@code region}, {@code bucket}, {@code access-key},
 * {@code secret-key}). Chosen when the application starts, not by bean conditions, so that the ahead-of-time
 * processed jar honours the setting too.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    ObjectStorage objectStorage(Environment env) {
        String type = env.getProperty("mingjing.storage.type", "local").strip().toLowerCase();
        return switch (type) {
            case "local" -> new LocalObjectStorage(Path.of(env.getProperty("mingjing.storage.local.root",
                    env.getProperty("mingjing.data-dir", "./mingjing-data") + "/evidence")));
            case "s3" -> new S3ObjectStorage(new S3ObjectStorage.Settings(
                    env.getProperty("mingjing.storage.s3.endpoint"),
                    env.getProperty("mingjing.storage.s3.region", "us-east-1"),
                    env.getProperty("mingjing.storage.s3.bucket", "mingjing-evidence"),
                    env.getProperty("mingjing.storage.s3.access-key"),
                    env.getProperty("mingjing.storage.s3.secret-key")));
            default -> throw new IllegalStateException(
                    "mingjing.storage.type must be local or s3, not " + type);
        };
    }
}
