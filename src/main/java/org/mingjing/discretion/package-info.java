/**
 * Discretion (裁量基准, seed §二(四)2, LAW.md §7, 行政处罚法第三十四条): the recommendation an officer sees beside the
 * proposed decision — the level the circumstances lead to, its penalties and fine range — the reason and the legal
 * review a departure from it needs, and the similar decided cases (类案推送) to keep like cases alike.
 * 裁量智能辅助与类案推送：按情节推荐裁量档次、处罚种类与罚款幅度，偏离须说明理由并经法制审核，并推送相似案例。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discretion",
        allowedDependencies = { "shared", "cases", "catalogue", "organization" })
package org.mingjing.discretion;
