package org.mingjing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tree against the definition of RFC 6962 §2.1 written out naively, for every size up to 70 and every pair of
 * sizes: roots, audit paths and consistency proofs agree and verify, and a changed leaf, a wrong index, a
 * swapped pair of leaves or a truncated proof never does.
 */
class MerkleTreeTests {

    /** MTH exactly as the RFC states it, on lists. */
    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return MerkleTree.sha256(new byte[0]);
        }
        if (n == 1) {
            return leaves.get(0);
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return MerkleTree.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void theEmptyTreeAndTheKnownVectorOfTheRfcTestSuite() {
        assertThat(MerkleTree.hex(MerkleTree.EMPTY_ROOT))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // leaf hash of the empty string with the 0x00 prefix, as Certificate Transparency's test data gives it
        assertThat(MerkleTree.hex(MerkleTree.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void rootsMatchTheDefinitionAndTheStreamingFrontier() {
        for (int n = 0; n <= 70; n++) {
            List<byte[]> l = leaves(n);
            MerkleTree.Frontier f = new MerkleTree.Frontier();
            l.forEach(f::add);
            assertThat(MerkleTree.hash(MerkleTree.of(l), 0, n)).as("size %d", n).isEqualTo(mth(l));
            assertThat(f.root()).as("frontier %d", n).isEqualTo(mth(l));
        }
    }

    @Test
    void everyAuditPathVerifiesAndNoWrongOneDoes() {
        for (int n = 1; n <= 70; n++) {
            List<byte[]> l = leaves(n);
            byte[] root = mth(l);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionProof(MerkleTree.of(l), m, n);
                assertThat(MerkleTree.verifyInclusion(l.get(m), m, n, path, root)).as("%d in %d", m, n).isTrue();
                byte[] other = MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8));
                assertThat(MerkleTree.verifyInclusion(other, m, n, path, root)).isFalse();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(l.get(m), (m + 1) % n, n, path, root)).isFalse();
                    assertThat(MerkleTree.verifyInclusion(l.get(m), m, n, path.subList(0, path.size() - 1), root))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndARewrittenPrefixDoesNot() {
        for (int n = 1; n <= 40; n++) {
            List<byte[]> l = leaves(n);
            byte[] second = mth(l);
            for (int m = 1; m <= n; m++) {
                byte[] first = mth(l.subList(0, m));
                List<byte[]> proof = MerkleTree.consistencyProof(MerkleTree.of(l), m, n);
                assertThat(MerkleTree.verifyConsistency(m, first, n, second, proof)).as("%d to %d", m, n).isTrue();
                // the same later tree, but the earlier one had a different entry: a fork
                List<byte[]> forked = new ArrayList<>(l.subList(0, m));
                forked.set(m - 1, MerkleTree.leafHash("forged".getBytes(StandardCharsets.UTF_8)));
                assertThat(MerkleTree.verifyConsistency(m, mth(forked), n, second, proof)).isFalse();
                if (m < n && n > 2) {
                    // two entries swapped after the first tree: the later root changes and the old proof fails
                    List<byte[]> swapped = new ArrayList<>(l);
                    byte[] a = swapped.get(n - 1);
                    swapped.set(n - 1, swapped.get(n - 2));
                    swapped.set(n - 2, a);
                    assertThat(MerkleTree.verifyConsistency(m, first, n, mth(swapped), proof)).isFalse();
                }
            }
        }
    }

    @Test
    void canonicalJsonSortsMembersAndIgnoresLayout() {
        String a = CanonicalJson.of("{\"b\": 1, \"a\": [true, null, \"x\\u0001\"], \"c\": 5000.50, \"d\": \"湖滨\"}");
        String b = CanonicalJson.of("{\n  \"d\":\"湖滨\",\"c\":5000.5,\n \"a\":[true,null,\"x\\u0001\"],\"b\":1}");
        assertThat(a).isEqualTo(b).isEqualTo("{\"a\":[true,null,\"x\\u0001\"],\"b\":1,\"c\":5000.5,\"d\":\"湖滨\"}");
        assertThat(Arrays.equals(CanonicalJson.hash(a).getBytes(), CanonicalJson.hash(b).getBytes())).isTrue();
    }
}
