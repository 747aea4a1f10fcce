package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.jcajce.provider.digest.SM3;
import org.mingjing.testsupport.Api;

/** Shared steps of the evidence tests: a case to upload to, test files, their digests, a chunk that breaks off. */
final class EvidenceFixtures {

    static final int MIB = 1024 * 1024;

    private EvidenceFixtures() {
    }

    /**
     * Files a general-procedure case of 湖滨区民政局 on a matter whose checklist is the default one. Filed early in
     * September, so that the many cases these tests file sort after the case the browser walk files on 09-15 in
     * hubin.officer1's list of own cases.
     */
    static String fileCase(Api api) {
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准在集体土地上擅自兴建骨灰堂，违法所得八千元。", "occurredOn": "2026-08-20", "filedOn": "2026-09-01",
                 "place": "湖滨区会兴街道", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    static byte[] bytes(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed + (i >>> 11));
        }
        return b;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sm3(byte[] data) {
        return HexFormat.of().formatHex(new SM3.Digest().digest(data));
    }

    static String range(long first, long last, long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /**
     * A chunk whose connection breaks off: the headers announce {@code announced} bytes from {@code first}, only
     * {@code sent.length} are sent, then the socket closes (the phone lost its signal).
     */
    static void dropped(int port, String path, String username, long first, long announced, long total, byte[] sent)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString((username + ":" + Api.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + announced
                    + "\r\nContent-Range: " + range(first, first + announced - 1, total) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            socket.shutdownOutput();
            socket.setSoTimeout(20_000);
            InputStream in = socket.getInputStream();
            try {
                in.readAllBytes();
            } catch (IOException e) {
                // the server may answer or just close: either way the chunk must not count
            }
        }
    }
}
