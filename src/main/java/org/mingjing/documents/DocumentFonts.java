package org.mingjing.documents;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mingjing.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the Chinese TrueType font that printed documents embed. PDFBox embeds TrueType outlines (not CFF/OTF),
 * so the candidates are TrueType files or collections: by default the Debian packages
 * {@code fonts-arphic-gbsn00lp} (a Song face, as official documents are set) and {@code fonts-wqy-microhei};
 * {@code mingjing.documents.fonts} lists others, first found wins.
 */
@Component
public class DocumentFonts {

    private final List<String> candidates;
    private final AtomicReference<File> found = new AtomicReference<>();

    DocumentFonts(@Value("${mingjing.documents.fonts:/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf,"
            + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}")
            List<String> candidates) {
        this.candidates = new ArrayList<>(candidates);
    }

    /** Whether a font is available, for health displays and tests. */
    public boolean available() {
        return file() != null;
    }

    /** The font loaded into the document, embedded as a subset; 503 when the server has none. */
    public PDType0Font load(PDDocument document) {
        File file = file();
        if (file == null) {
            throw ProblemException.unavailable("font-missing", "documents.problem.font-missing");
        }
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(font -> first.compareAndSet(null, font));
                return PDType0Font.load(document, first.get(), true);
            }
            return PDType0Font.load(document, file);
        } catch (IOException e) {
            throw new IllegalStateException("font " + file + " could not be loaded", e);
        }
    }

    /** The font file in use, for libraries that embed a font by path; 503 when the server has none. */
    public Path fontPath() {
        File file = file();
        if (file == null) {
            throw ProblemException.unavailable("font-missing", "documents.problem.font-missing");
        }
        return file.toPath();
    }

    /**
     * The font's TrueType tables, read on their own (for a collection, its first font, as {@link #load} embeds), for
     * measuring and subsetting outside a PDF. The caller closes it.
     */
    TrueTypeFont openTrueType() {
        File file = fontPath().toFile();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                // Read into memory: a font of a collection does not close the collection's file when it is closed.
                try (InputStream in = new FileInputStream(file)) {
                    TrueTypeCollection collection = new TrueTypeCollection(in);
                    AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                    collection.processAllFonts(font -> first.compareAndSet(null, font));
                    return first.get();
                }
            }
            return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        } catch (IOException e) {
            throw new IllegalStateException("font " + file + " could not be loaded", e);
        }
    }

    private File file() {
        File f = found.get();
        if (f != null) {
            return f;
        }
        for (String candidate : candidates) {
            File c = new File(candidate.strip());
            if (c.isFile() && c.canRead()) {
                found.set(c);
                return c;
            }
        }
        return null;
    }
}
