/**
 * Annual statistics and analysis (统计年报与分析, seed §二(一)6, §二(四)2, LAW.md §5): each agency's figures of a year,
 * counted by the rules of the yearly report, and the report's course to its publication by 31 January; the analysis
 * dashboard; and the one list of early warnings gathered from every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = { "shared", "cases", "organization", "catalogue", "documents", "ledger", "publicity",
                "review", "inspection" })
package org.mingjing.statistics;
