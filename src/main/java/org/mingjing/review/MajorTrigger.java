package org.mingjing.review;

/**
 * The statutory reasons a decision is major and must be reviewed first (seed §二(三)2, 行政处罚法第五十八条第一款):
 * major public interest; possibly major social impact or social risk; directly affecting major rights of the party
 * or a third party; decided after a hearing; complex facts or several legal relationships. The hearing is read from
 * the case; the others are the handling officer's judgement, flagged with a reason.
 */
public enum MajorTrigger {
    PUBLIC_INTEREST, SOCIAL_IMPACT, MAJOR_RIGHTS, AFTER_HEARING, COMPLEX_FACTS;

    public String messageKey() {
        return "review.trigger." + name();
    }

    /** Whether an officer may flag it; a hearing is read from the case, never flagged by hand. */
    public boolean flaggable() {
        return this != AFTER_HEARING;
    }
}
