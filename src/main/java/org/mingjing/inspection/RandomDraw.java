package org.mingjing.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The random draw of 双随机一公开 (LAW.md §6: subjects drawn by the plan's ratio, at least two inspectors for each, with
 * recusal), made so that anyone can re-run it from the published record (docs/adr/0009-random-inspection.md):
 *
 * <ul>
 * <li>k = ⌈ratio × register size⌉ subjects, those with the lowest hex {@code sha256(seed + "|" + creditCode)}, ties by
 * credit code;</li>
 * <li>for each, the {@code perSubject} inspectors without a recusal for it with the lowest hex
 * {@code sha256(seed + "|" + creditCode + "|" + certificateNumber)}, ties by certificate number.</li>
 * </ul>
 *
 * The seed is secret until the draw, and its SHA-256 (the commitment) is published before it together with the
 * frozen register, inspectors and recusals: whoever keeps the seed cannot choose a favourable one after seeing the
 * registers, nor change the registers after seeing the seed. No state, no Spring: the same function runs in the
 * visitor's browser ({@code static/js/inspection-draw.js}).
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    /** A subject of the frozen register. */
    public record Candidate(String name, String creditCode) {
    }

    /** An inspector of the frozen pool. */
    public record Inspector(String name, String certificateNumber) {
    }

    /** A declared conflict: this inspector does not inspect this subject. */
    public record Recusal(String creditCode, String certificateNumber) {
    }

    /** One drawn subject and its inspectors. */
    public record Assignment(String name, String creditCode, List<Inspector> inspectors) {
    }

    /** A drawn subject for which too few inspectors are left after recusals. */
    public static final class NotEnoughInspectors extends RuntimeException {

        private final transient Candidate subject;
        private final int available;

        NotEnoughInspectors(Candidate subject, int available) {
            super("not enough inspectors for " + subject.creditCode());
            this.subject = subject;
            this.available = available;
        }

        public Candidate subject() {
            return subject;
        }

        public int available() {
            return available;
        }
    }

    /** Lowercase hex SHA-256 of the UTF-8 text: the commitment of a seed, and every ranking key of the draw. */
    public static String sha256(String text) {
        return sha256(digest(), text);
    }

    private static String sha256(MessageDigest digest, String text) {
        return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    /** ⌈ratio × size⌉ in exact decimal arithmetic: 5 % of 30 is 2 (1.5 rounded up), never 1.9999… or 2.0000…1. */
    public static int sampleSize(BigDecimal ratio, int size) {
        return BigDecimal.valueOf(size).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * Draws from the frozen registers with the seed.
     *
     * @throws NotEnoughInspectors when a drawn subject has fewer than {@code perSubject} inspectors left after its
     *         recusals (the first such subject in drawing order)
     */
    public static List<Assignment> draw(String seed, List<Candidate> register, List<Inspector> inspectors,
            List<Recusal> recusals, BigDecimal ratio, int perSubject) {
        int k = Math.min(register.size(), sampleSize(ratio, register.size()));
        MessageDigest digest = digest();
        record Ranked<T>(String key, String tie, T value) {
        }
        Comparator<Ranked<?>> order = Comparator.<Ranked<?>, String>comparing(Ranked::key)
                .thenComparing(Ranked::tie);
        List<Ranked<Candidate>> subjects = new ArrayList<>();
        for (Candidate c : register) {
            subjects.add(new Ranked<>(sha256(digest, seed + "|" + c.creditCode()), c.creditCode(), c));
        }
        subjects.sort(order);
        Set<Recusal> conflicts = new HashSet<>(recusals);
        List<Assignment> out = new ArrayList<>();
        for (Ranked<Candidate> s : subjects.subList(0, k)) {
            Candidate c = s.value();
            List<Ranked<Inspector>> ranked = new ArrayList<>();
            for (Inspector i : inspectors) {
                if (!conflicts.contains(new Recusal(c.creditCode(), i.certificateNumber()))) {
                    ranked.add(new Ranked<>(sha256(digest, seed + "|" + c.creditCode() + "|" + i.certificateNumber()),
                            i.certificateNumber(), i));
                }
            }
            if (ranked.size() < perSubject) {
                throw new NotEnoughInspectors(c, ranked.size());
            }
            ranked.sort(order);
            out.add(new Assignment(c.name(), c.creditCode(),
                    ranked.subList(0, perSubject).stream().map(Ranked::value).toList()));
        }
        return out;
    }
}
