package org.mingjing.review;

/**
 * The five areas of review content (seed §二(三)3): the agency's and each officer's qualification; facts and
 * evidence; legal basis and the use of discretion; procedure; other content the law requires.
 */
public enum ReviewArea {
    QUALIFICATION, FACTS_EVIDENCE, LEGAL_BASIS_DISCRETION, PROCEDURE, OTHER;

    public String messageKey() {
        return "review.area." + name();
    }
}
