package org.mingjing.publicity;

/**
 * What the public sees of a publication changed (released, corrected, withdrawn, expired): published inside the
 * module in the transaction of the change, so this node's search index updates after the commit. Other nodes catch
 * up from {@code publication.public_changed_at}.
 */
record PublicationChanged(String publicationId) {
}
