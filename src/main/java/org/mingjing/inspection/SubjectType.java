package org.mingjing.inspection;

/** The kinds of inspected subject a civil-affairs bureau keeps in its register (检查对象名录库). */
public enum SubjectType {
    /** 社会团体. */
    SOCIAL_ORGANIZATION,
    /** 基金会. */
    FOUNDATION,
    /** 民办非企业单位（社会服务机构）. */
    PRIVATE_NON_ENTERPRISE,
    /** 殡葬服务机构. */
    FUNERAL_OPERATOR,
    /** 公墓. */
    CEMETERY;

    public String messageKey() {
        return "inspection.subject-type." + name();
    }
}
