package org.mingjing.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The signature algorithms of checkpoints: SM2 with SM3 (GB/T 32918, GB/T 35276; the default, as 国密 asks of
 * government systems) through BouncyCastle, or Ed25519 (RFC 8032) through the JDK. Keys travel as base64 of
 * their standard encodings: X.509 SubjectPublicKeyInfo for public keys, PKCS #8 for private ones.
 */
public enum Signatures {

    SM2("SM3withSM2", "EC"),
    ED25519("Ed25519", "Ed25519");

    private static final Provider BC = new BouncyCastleProvider();

    private final String signatureName;
    private final String keyName;

    Signatures(String signatureName, String keyName) {
        this.signatureName = signatureName;
        this.keyName = keyName;
    }

    public static Signatures parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown signature algorithm " + name);
        }
    }

    public KeyPair generate() {
        try {
            if (this == SM2) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
                g.initialize(new ECGenParameterSpec("sm2p256v1"));
                return g.generateKeyPair();
            }
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(PrivateKey key, byte[] message) {
        try {
            Signature s = signature();
            s.initSign(key);
            s.update(message);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature (base64) over the message verifies with the public key (base64); false on any malformed input. */
    public boolean verify(String publicKey, byte[] message, String signature) {
        try {
            Signature s = signature();
            s.initVerify(publicKey(publicKey));
            s.update(message);
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public PublicKey publicKey(String base64) throws GeneralSecurityException {
        return keyFactory().generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    public PrivateKey privateKey(String base64) throws GeneralSecurityException {
        return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A short fingerprint to compare by eye with the key the agency publishes: SHA-256 of the encoded key. */
    public static String fingerprint(String publicKey) {
        try {
            return MerkleTree.hex(MerkleTree.sha256(Base64.getDecoder().decode(publicKey)));
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private Signature signature() throws GeneralSecurityException {
        return this == SM2 ? Signature.getInstance(signatureName, BC) : Signature.getInstance(signatureName);
    }

    private KeyFactory keyFactory() throws GeneralSecurityException {
        return this == SM2 ? KeyFactory.getInstance(keyName, BC) : KeyFactory.getInstance(keyName);
    }
}
