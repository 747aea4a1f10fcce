package org.mingjing.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mingjing.testsupport.S3Proxy;

/** The storage contract on a real S3 server (s3proxy on the file system), through the AWS SDK. */
class S3ObjectStorageTests extends ObjectStorageContract {

    static S3ObjectStorage storage;

    @BeforeAll
    static void connect() {
        S3Proxy proxy = S3Proxy.shared();
        storage = new S3ObjectStorage(new S3ObjectStorage.Settings(proxy.endpoint(), "us-east-1",
                "contract-" + System.nanoTime(), S3Proxy.IDENTITY, S3Proxy.CREDENTIAL));
    }

    @AfterAll
    static void disconnect() {
        storage.close();
    }

    @Override
    ObjectStorage storage() {
        return storage;
    }
}
