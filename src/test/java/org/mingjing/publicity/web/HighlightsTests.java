package org.mingjing.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.publicity.Masking;
import org.mingjing.publicity.web.Highlights.Piece;

/**
 * The release page marks every finding in both texts: in the original at the finding's offsets, in the masked text
 * where its replacement stands — earlier than in the original after a name of three or four characters, which
 * masking shortens to its surname and 某.
 */
class HighlightsTests {

    private static final String TEXT = "证人欧阳秀英（电话13912345678）住址：湖滨区会兴街道上村15号。证人李四称其收取会费。";

    private static Masking.Result masked() {
        return Masking.mask(TEXT, List.of(new Masking.Known(Masking.Type.PERSON_NAME, "欧阳秀英")), List.of("收取会费"));
    }

    private static List<Piece> marked(List<Piece> pieces) {
        return pieces.stream().filter(Piece::marked).toList();
    }

    @Test
    void theOriginalIsMarkedAtTheFindingsOwnOffsets() {
        Masking.Result r = masked();
        List<Piece> pieces = Highlights.pieces(r.original(), Highlights.inOriginal(r.findings()));
        assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(TEXT);
        assertThat(marked(pieces)).extracting(Piece::text)
                .containsExactlyElementsOf(r.findings().stream().map(Masking.Finding::text).toList());
        assertThat(marked(pieces)).extracting(Piece::text).contains("欧阳秀英", "13912345678", "李四", "收取会费");
    }

    @Test
    void theMaskedTextIsMarkedWhereEachReplacementStandsAfterAShortenedName() {
        Masking.Result r = masked();
        assertThat(r.masked().length()).isLessThan(TEXT.length());
        assertThat(Highlights.consistent(r.masked(), r.findings())).isTrue();
        List<Piece> pieces = Highlights.pieces(r.masked(), Highlights.inMasked(r.findings()));
        assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(r.masked());
        List<Piece> marks = marked(pieces);
        assertThat(marks).hasSameSizeAs(r.findings());
        for (int i = 0; i < marks.size(); i++) {
            assertThat(marks.get(i).text()).isEqualTo(Masking.replacement(r.findings().get(i)));
            assertThat(marks.get(i).type()).isEqualTo(r.findings().get(i).type().name());
        }
        assertThat(marks).extracting(Piece::text).contains("欧某", "***********", "李某", "****");
        // What stands between the findings is the original's, unchanged.
        assertThat(pieces).extracting(Piece::text).contains("（电话", "）住址：", "称其");
    }

    @Test
    void findingsThatDoNotFitTheTextAreNotGuessedAt() {
        Masking.Result r = masked();
        assertThat(Highlights.consistent(r.original(), r.findings())).isFalse();
        List<Highlights.Span> beyond = List.of(new Highlights.Span(Masking.Type.PHONE, 5, TEXT.length() + 3));
        assertThat(Highlights.pieces(TEXT, beyond)).containsExactly(new Piece(TEXT, null));
        List<Highlights.Span> overlapping = List.of(new Highlights.Span(Masking.Type.PHONE, 2, 8),
                new Highlights.Span(Masking.Type.ADDRESS, 6, 10));
        assertThat(Highlights.pieces(TEXT, overlapping)).containsExactly(new Piece(TEXT, null));
        assertThat(Highlights.pieces("", List.of())).isEmpty();
    }
}
