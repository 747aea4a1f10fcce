package org.mingjing.catalogue.web;

/** Separators between citations when several are shown on one line. */
final class CatalogueTextSeparators {

    /** The Chinese semicolon. */
    static final String LIST = "\uff1b";

    private CatalogueTextSeparators() {
    }
}
