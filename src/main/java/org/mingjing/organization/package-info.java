/**
 * Enforcement agencies and their officers: the hierarchy, certificates, legal reviewers and their staffing.
 * 执法主体与人员：机构层级、执法证件、法制审核人员及其配备。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.mingjing.organization;
