package org.mingjing.cases;

import org.bouncycastle.crypto.CryptoServiceProperties;
import org.bouncycastle.crypto.CryptoServicePurpose;
import org.bouncycastle.crypto.digests.GeneralDigest;
import org.bouncycastle.util.Memoable;
import org.bouncycastle.util.Pack;

/**
 * SM3 (GB/T 32905-2016) whose state can be saved as bytes and taken up again in another process, as
 * BouncyCastle's {@code SHA256Digest} does with {@code getEncodedState()} and its state constructor; BouncyCastle's
 * own {@code SM3Digest} (1.82) offers no such thing. Block buffering and padding come from BouncyCastle's
 * {@link GeneralDigest}; the compression function follows the standard. Tested against {@code SM3Digest}.
 */
final class SavableSm3Digest extends GeneralDigest {

    private static final int[] IV = { 0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
            0xe38dee4d, 0xb0fb0e4e };
    private static final int[] T = new int[64];

    static {
        for (int j = 0; j < 64; j++) {
            int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            T[j] = Integer.rotateLeft(t, j % 32);
        }
    }

    /** GeneralDigest's 16 bytes, the chaining value, the words of the block so far, their count, the purpose. */
    private static final int STATE_SIZE = 16 + 8 * 4 + 16 * 4 + 4 + 1;

    private final int[] v = new int[8];
    private final int[] words = new int[16];
    private int wordCount;
    private final int[] w = new int[68];

    SavableSm3Digest() {
        super(CryptoServicePurpose.ANY);
        reset();
    }

    /** Takes up a state saved by {@link #getEncodedState()}. */
    SavableSm3Digest(byte[] state) {
        super(state);
        if (state.length != STATE_SIZE) {
            throw new IllegalArgumentException("not an SM3 state");
        }
        Pack.bigEndianToInt(state, 16, v);
        Pack.bigEndianToInt(state, 48, words);
        wordCount = Pack.bigEndianToInt(state, 112);
    }

    private SavableSm3Digest(SavableSm3Digest other) {
        super(other);
        copyFrom(other);
    }

    byte[] getEncodedState() {
        byte[] state = new byte[STATE_SIZE];
        populateState(state);
        Pack.intToBigEndian(v, state, 16);
        Pack.intToBigEndian(words, state, 48);
        Pack.intToBigEndian(wordCount, state, 112);
        state[STATE_SIZE - 1] = (byte) purpose.ordinal();
        return state;
    }

    private void copyFrom(SavableSm3Digest other) {
        System.arraycopy(other.v, 0, v, 0, 8);
        System.arraycopy(other.words, 0, words, 0, 16);
        wordCount = other.wordCount;
    }

    @Override
    public String getAlgorithmName() {
        return "SM3";
    }

    @Override
    public int getDigestSize() {
        return 32;
    }

    @Override
    public Memoable copy() {
        return new SavableSm3Digest(this);
    }

    @Override
    public void reset(Memoable other) {
        SavableSm3Digest d = (SavableSm3Digest) other;
        super.copyIn(d);
        copyFrom(d);
    }

    @Override
    public void reset() {
        super.reset();
        System.arraycopy(IV, 0, v, 0, 8);
        java.util.Arrays.fill(words, 0);
        wordCount = 0;
    }

    @Override
    public int doFinal(byte[] out, int offset) {
        finish();
        Pack.intToBigEndian(v, out, offset);
        reset();
        return 32;
    }

    @Override
    protected void processWord(byte[] in, int offset) {
        words[wordCount++] = Pack.bigEndianToInt(in, offset);
        if (wordCount == 16) {
            processBlock();
        }
    }

    @Override
    protected void processLength(long bitLength) {
        if (wordCount > 14) {
            words[wordCount] = 0;
            wordCount++;
            processBlock();
        }
        while (wordCount < 14) {
            words[wordCount++] = 0;
        }
        words[14] = (int) (bitLength >>> 32);
        words[15] = (int) bitLength;
        wordCount = 16;
    }

    @Override
    protected void processBlock() {
        int[] w = this.w;
        System.arraycopy(words, 0, w, 0, 16);
        for (int j = 16; j < 68; j++) {
            int x = w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15);
            w[j] = (x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23)) ^ Integer.rotateLeft(w[j - 13], 7)
                    ^ w[j - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
        for (int j = 0; j < 16; j++) {
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
            int ss2 = ss1 ^ a12;
            int tt1 = (a ^ b ^ c) + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = (e ^ f ^ g) + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
        }
        for (int j = 16; j < 64; j++) {
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
            int ss2 = ss1 ^ a12;
            int tt1 = ((a & b) | (a & c) | (b & c)) + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = ((e & f) | (~e & g)) + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
        }
        v[0] ^= a;
        v[1] ^= b;
        v[2] ^= c;
        v[3] ^= d;
        v[4] ^= e;
        v[5] ^= f;
        v[6] ^= g;
        v[7] ^= h;
        wordCount = 0;
    }

    @Override
    protected CryptoServiceProperties cryptoServiceProperties() {
        return new CryptoServiceProperties() {
            @Override
            public int bitsOfSecurity() {
                return 256;
            }

            @Override
            public String getServiceName() {
                return "SM3";
            }

            @Override
            public CryptoServicePurpose getPurpose() {
                return purpose;
            }

            @Override
            public Object getParams() {
                return null;
            }
        };
    }
}
