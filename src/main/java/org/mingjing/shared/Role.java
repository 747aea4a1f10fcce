package org.mingjing.shared;

/**
 * The roles of the product. The three administrator roles are kept apart (三员分立) as the
 * 等保 2.0 level-3 baseline asks: one account never holds two of them.
 */
public enum Role {
    /** 执法人员: handles cases of its own agency. */
    OFFICER,
    /** 法制审核人员: reviews major decisions of its own agency. */
    REVIEWER,
    /** 负责人: approves and sees everything of its own agency. */
    HEAD,
    /** 监督人员: reads its own and all subordinate agencies. */
    SUPERVISOR,
    /** 系统管理员: organisation data and the calendar, never accounts or audit records. */
    SYSADMIN,
    /** 安全管理员: accounts, roles and lockouts, never business data. */
    SECADMIN,
    /** 审计员: reads the security audit log, changes nothing. */
    AUDITOR;

    /** Administrator roles that one account may not combine (三员分立). */
    public boolean isAdministrator() {
        return this == SYSADMIN || this == SECADMIN || this == AUDITOR;
    }

    /** Roles whose reach covers the agency's subordinate agencies as well as its own. */
    public boolean reachesSubordinates() {
        return this == SUPERVISOR || this == SYSADMIN || this == SECADMIN || this == AUDITOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
