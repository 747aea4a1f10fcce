package org.mingjing.review;

/** A written opinion is either 同意 or 存在问题 with the problems (seed §二(三)3). */
public enum Verdict {
    APPROVED, PROBLEMS_FOUND;

    public String messageKey() {
        return "review.verdict." + name();
    }
}
