package org.mingjing.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 (restated in RFC 9162 §2.1): SHA-256, leaves hashed with the prefix
 * {@code 0x00}, interior nodes with {@code 0x01}, a tree of n leaves split at the largest power of two smaller
 * than n. Audit paths (inclusion proofs) and consistency proofs are computed from any {@link Hashes} source and
 * verified with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, so that anyone can check them with SHA-256
 * alone.
 */
public final class MerkleTree {

    private static final HexFormat HEX = HexFormat.of();

    /** The hash of the empty tree: SHA-256 of nothing. */
    public static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    private MerkleTree() {
    }

    /** Where the hashes of a tree come from: a leaf, or a complete subtree of 2^level leaves. */
    public interface Hashes {

        byte[] leaf(long index);

        /** The hash of the complete subtree of 2^level leaves starting at leaf {@code index * 2^level}. */
        default byte[] node(int level, long index) {
            return level == 1 ? nodeHash(leaf(2 * index), leaf(2 * index + 1))
                    : nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
        }
    }

    /** Hashes held in memory, for tests and for the offline verifier. */
    public static Hashes of(List<byte[]> leafHashes) {
        return index -> leafHashes.get(Math.toIntExact(index));
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest d = digest();
        d.update((byte) 0);
        d.update(data);
        return d.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = digest();
        d.update((byte) 1);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** MTH(D[lo:hi]) — every range the RFC's recursion reaches is a complete, aligned subtree or splits into them. */
    public static byte[] hash(Hashes h, long lo, long hi) {
        long n = hi - lo;
        if (n <= 0) {
            return EMPTY_ROOT.clone();
        }
        if (n == 1) {
            return h.leaf(lo);
        }
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            return h.node(Long.numberOfTrailingZeros(n), lo / n);
        }
        long k = split(n);
        return nodeHash(hash(h, lo, lo + k), hash(h, lo + k, hi));
    }

    /** PATH(m, D[0:n]) of RFC 6962 §2.1.1: the audit path of leaf m in the tree of the first n leaves. */
    public static List<byte[]> inclusionProof(Hashes h, long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<byte[]> path = new ArrayList<>();
        path(h, m, 0, n, path);
        return path;
    }

    private static void path(Hashes h, long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(h, m, lo, lo + k, out);
            out.add(hash(h, lo + k, hi));
        } else {
            path(h, m - k, lo + k, hi, out);
            out.add(hash(h, lo, lo + k));
        }
    }

    /** PROOF(m, D[0:n]) of RFC 6962 §2.1.2: that the tree of the first m leaves is a prefix of the tree of n. */
    public static List<byte[]> consistencyProof(Hashes h, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no consistency from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(h, m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(Hashes h, long m, long lo, long hi, boolean complete, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                out.add(hash(h, lo, hi));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(h, m, lo, lo + k, complete, out);
            out.add(hash(h, lo + k, hi));
        } else {
            subproof(h, m - k, lo + k, hi, false, out);
            out.add(hash(h, lo, lo + k));
        }
    }

    /** RFC 9162 §2.1.3.2: does the audit path prove leaf hash {@code leaf} at {@code index} in the tree of {@code size} with {@code root}? */
    public static boolean verifyInclusion(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: does the proof show the tree (first, firstRoot) is a prefix of (second, secondRoot)? */
    public static boolean verifyConsistency(long first, byte[] firstRoot, long second, byte[] secondRoot,
            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && Arrays.equals(firstRoot, EMPTY_ROOT);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** The largest power of two smaller than n (n at least 2). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    public static byte[] sha256(byte[] data) {
        return digest().digest(data);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tree built one leaf at a time, keeping only the roots of its complete subtrees (at most 64): the root of
     * any prefix is available as it passes, in constant memory, for verifying a whole log as a stream.
     */
    public static final class Frontier {

        private final byte[][] hashes = new byte[64][];
        private final int[] levels = new int[64];
        private int depth;
        private long size;

        public void add(byte[] leafHash) {
            byte[] h = leafHash;
            int level = 0;
            while (depth > 0 && levels[depth - 1] == level) {
                h = nodeHash(hashes[--depth], h);
                level++;
            }
            hashes[depth] = h;
            levels[depth++] = level;
            size++;
        }

        public long size() {
            return size;
        }

        public byte[] root() {
            if (depth == 0) {
                return EMPTY_ROOT.clone();
            }
            byte[] r = hashes[depth - 1];
            for (int i = depth - 2; i >= 0; i--) {
                r = nodeHash(hashes[i], r);
            }
            return r;
        }
    }
}
