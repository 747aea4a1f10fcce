package org.mingjing.storage;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the local file system. */
class LocalObjectStorageTests extends ObjectStorageContract {

    @TempDir
    Path root;

    @Override
    ObjectStorage storage() {
        return new LocalObjectStorage(root);
    }
}
