package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** Fixity carried across chunks through saved states gives the digests of the whole file. */
class FixityTests {

    @Test
    void theSavableSm3MatchesBouncyCastleAndTheStandardExample() {
        assertThat(sm3("abc".getBytes())).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        Random random = new Random(7);
        for (int size : new int[] { 0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 100_003 }) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            SM3Digest bc = new SM3Digest();
            bc.update(data, 0, data.length);
            byte[] expected = new byte[32];
            bc.doFinal(expected, 0);
            assertThat(sm3(data)).as("size %d", size).isEqualTo(HexFormat.of().formatHex(expected));
        }
    }

    @Test
    void statesSavedBetweenChunksGiveTheDigestsOfTheWhole() throws Exception {
        Random random = new Random(11);
        byte[] data = new byte[1_000_000];
        random.nextBytes(data);
        for (int trial = 0; trial < 20; trial++) {
            Fixity f = Fixity.start();
            int at = 0;
            while (at < data.length) {
                int n = Math.min(data.length - at, 1 + random.nextInt(200_000));
                f.update(data, at, n);
                at += n;
                f = Fixity.resume(f.sha256State(), f.sm3State());
            }
            assertThat(f.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
            assertThat(f.sm3Hex())
                    .isEqualTo(HexFormat.of().formatHex(new org.bouncycastle.jcajce.provider.digest.SM3.Digest().digest(data)));
        }
    }

    private static String sm3(byte[] data) {
        SavableSm3Digest d = new SavableSm3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
