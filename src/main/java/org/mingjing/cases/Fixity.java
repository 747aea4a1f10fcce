package org.mingjing.cases;

import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * SHA-256 and SM3 of a file computed as its bytes come in, across chunks and across nodes: after each chunk the
 * states are saved (as Base64 text in the upload's row) and the next chunk takes them up again.
 */
final class Fixity {

    private final SHA256Digest sha256;
    private final SavableSm3Digest sm3;

    private Fixity(SHA256Digest sha256, SavableSm3Digest sm3) {
        this.sha256 = sha256;
        this.sm3 = sm3;
    }

    static Fixity start() {
        return new Fixity(new SHA256Digest(), new SavableSm3Digest());
    }

    static Fixity resume(String sha256State, String sm3State) {
        Base64.Decoder b64 = Base64.getDecoder();
        return new Fixity(new SHA256Digest(b64.decode(sha256State)), new SavableSm3Digest(b64.decode(sm3State)));
    }

    void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        sm3.update(bytes, offset, length);
    }

    void updateSha256(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
    }

    void updateSm3(byte[] bytes, int offset, int length) {
        sm3.update(bytes, offset, length);
    }

    String sha256State() {
        return Base64.getEncoder().encodeToString(sha256.getEncodedState());
    }

    String sm3State() {
        return Base64.getEncoder().encodeToString(sm3.getEncodedState());
    }

    /** The hex digests of everything so far (the states stay as they were). */
    String sha256Hex() {
        byte[] out = new byte[32];
        new SHA256Digest(sha256).doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    String sm3Hex() {
        byte[] out = new byte[32];
        ((SavableSm3Digest) sm3.copy()).doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
