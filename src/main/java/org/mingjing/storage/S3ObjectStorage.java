package org.mingjing.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in a bucket of an S3-compatible store, path-style, created at start if missing. A staged write is an S3
 * multipart upload (parts of at least 5 MiB except the last; the caller sees to that), completed or aborted as a
 * whole; reads are ranged GETs streamed to the caller. Part uploads are never retried by the SDK — the caller
 * reads the request body once, computing its fixity on the way, so a failed part fails the chunk and the client
 * sends it again.
 */
final class S3ObjectStorage implements ObjectStorage, AutoCloseable {

    /** The settings {@code mingjing.storage.s3.*}. */
    record Settings(String endpoint, String region, String bucket, String accessKey, String secretKey) {
    }

    private final S3Client client;
    private final S3Client uploads;
    private final String bucket;

    S3ObjectStorage(Settings settings) {
        this.bucket = settings.bucket();
        this.client = builder(settings).build();
        this.uploads = builder(settings)
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry())).build();
        ensureBucket();
    }

    private static S3ClientBuilder builder(Settings s) {
        AwsCredentialsProvider credentials = s.accessKey() == null || s.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKey(), s.secretKey()));
        S3ClientBuilder b = S3Client.builder().region(Region.of(s.region())).credentialsProvider(credentials)
                .forcePathStyle(true)
                // Checksums only where S3 requires them: S3-compatible stores do not all know the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(50)
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofMinutes(2)));
        if (s.endpoint() != null && !s.endpoint().isBlank()) {
            b.endpointOverride(URI.create(s.endpoint()));
        }
        return b;
    }

    private void ensureBucket() {
        try {
            client.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            client.createBucket(r -> r.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            client.createBucket(r -> r.bucket(bucket));
        }
    }

    @Override
    public String type() {
        return "s3";
    }

    @Override
    public Staging begin(String key) {
        StorageKeys.check(key);
        String uploadId = client.createMultipartUpload(r -> r.bucket(bucket).key(key)
                .contentType("application/octet-stream")).uploadId();
        return new Staging(key, uploadId);
    }

    @Override
    public Part writePart(Staging s, int number, long offset, InputStream data, long length) {
        String etag = uploads.uploadPart(r -> r.bucket(bucket).key(s.key()).uploadId(s.id()).partNumber(number)
                .contentLength(length), RequestBody.fromInputStream(new BoundedInputStream(data, length), length))
                .eTag();
        return new Part(number, offset, length, etag);
    }

    @Override
    public void complete(Staging s, List<Part> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(p -> CompletedPart.builder().partNumber(p.number()).eTag(p.tag()).build()).toList();
        try {
            client.completeMultipartUpload(r -> r.bucket(bucket).key(s.key()).uploadId(s.id())
                    .multipartUpload(CompletedMultipartUpload.builder().parts(completed).build()));
        } catch (NoSuchUploadException e) {
            if (!exists(s.key())) {
                throw e;
            }
        } catch (S3Exception e) {
            if (e.statusCode() != 404 || !exists(s.key())) {
                throw e;
            }
        }
    }

    @Override
    public void abort(Staging s) {
        try {
            client.abortMultipartUpload(r -> r.bucket(bucket).key(s.key()).uploadId(s.id()));
        } catch (NoSuchUploadException e) {
            // already gone
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (length <= 0) {
            return InputStream.nullInputStream();
        }
        return client.getObject(r -> r.bucket(bucket).key(key).range("bytes=" + offset + "-" + (offset + length - 1)));
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(client.headObject(r -> r.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        client.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix == null ? "" : prefix)).contents()
                .stream().map(S3Object::key).forEach(keys::add);
        return keys;
    }

    @Override
    public List<StagingArea> stagingAreas() {
        List<StagingArea> areas = new ArrayList<>();
        for (MultipartUpload u : client.listMultipartUploadsPaginator(r -> r.bucket(bucket)).uploads()) {
            areas.add(new StagingArea(new Staging(u.key(), u.uploadId()), u.initiated()));
        }
        return areas;
    }

    @Override
    public void close() {
        client.close();
        uploads.close();
    }
}
