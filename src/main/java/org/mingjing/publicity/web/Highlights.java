package org.mingjing.publicity.web;

import java.util.ArrayList;
import java.util.List;

import org.mingjing.publicity.Masking;

/**
 * A text cut into pieces for the release page, each finding a piece of its own so the page can mark it: in the
 * original at the finding's own offsets, in the masked text where its replacement stands. Masking keeps lengths
 * except for a person's name, which becomes its surname and 某 (张三丰 → 张某), so every finding after a shortened
 * name stands earlier in the masked text than in the original; the places are computed from
 * {@link Masking#replacement}, and the pieces are checked against the text before they are shown.
 */
final class Highlights {

    /** A piece of text; {@code type} is the finding's kind, or null for text between findings. */
    record Piece(String text, String type) {

        public boolean marked() {
            return type != null;
        }
    }

    /** Where a finding stands in a text: its kind and its start and end offsets. */
    record Span(Masking.Type type, int start, int end) {
    }

    private Highlights() {
    }

    /** The findings' places in the original text they were found in. */
    static List<Span> inOriginal(List<Masking.Finding> findings) {
        return findings.stream().map(f -> new Span(f.type(), f.start(), f.end())).toList();
    }

    /** The findings' places in the masked text: each where its replacement stands, shifted by those before it. */
    static List<Span> inMasked(List<Masking.Finding> findings) {
        List<Span> spans = new ArrayList<>();
        int shift = 0;
        for (Masking.Finding f : findings) {
            int length = Masking.replacement(f).length();
            spans.add(new Span(f.type(), f.start() + shift, f.start() + shift + length));
            shift += length - (f.end() - f.start());
        }
        return spans;
    }

    /**
     * The text in pieces, one per span and one per stretch between them. Spans out of order, overlapping or beyond
     * the text (findings stored by an older rule, say) are not guessed at: the text is then one unmarked piece.
     */
    static List<Piece> pieces(String text, List<Span> spans) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() <= s.start() || s.end() > text.length()) {
                return List.of(new Piece(text, null));
            }
            if (s.start() > at) {
                pieces.add(new Piece(text.substring(at, s.start()), null));
            }
            pieces.add(new Piece(text.substring(s.start(), s.end()), s.type().name()));
            at = s.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    /** Whether the masked text holds each finding's replacement where {@link #inMasked} places it. */
    static boolean consistent(String masked, List<Masking.Finding> findings) {
        List<Span> spans = inMasked(findings);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (masked == null || s.end() > masked.length()
                    || !masked.substring(s.start(), s.end()).equals(Masking.replacement(findings.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
