package org.mingjing.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.bouncycastle.jcajce.provider.digest.SM3;

/**
 * The fixity of a file: its size, SHA-256 and SM3 (GB/T 32905), read once as a stream — optionally copied on the
 * way, as an export writes its files — never held in memory.
 */
public record FileFixity(long size, String sha256, String sm3) {

    public static FileFixity of(InputStream in) throws IOException {
        return of(in, null);
    }

    public static FileFixity of(InputStream in, OutputStream copyTo) throws IOException {
        MessageDigest sha = MerkleTree.digest();
        MessageDigest sm3 = new SM3.Digest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            sha.update(buffer, 0, n);
            sm3.update(buffer, 0, n);
            if (copyTo != null) {
                copyTo.write(buffer, 0, n);
            }
            size += n;
        }
        return new FileFixity(size, HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(sm3.digest()));
    }
}
