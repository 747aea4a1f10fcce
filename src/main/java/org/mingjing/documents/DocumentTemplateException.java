package org.mingjing.documents;

/**
 * A document template that cannot be used: it does not exist, it is not well-formed XML, an expression in it
 * fails, or it uses an element the document vocabulary does not know. The message names the template (and the
 * agency's file when an adapted copy was used) so that whoever edited it can find the mistake; a broken template
 * never prints as a half-filled document a clerk might sign.
 */
public class DocumentTemplateException extends RuntimeException {

    private final String kind;

    DocumentTemplateException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** The kind of document whose template failed (e.g. {@code PENALTY_DECISION}). */
    public String kind() {
        return kind;
    }
}
