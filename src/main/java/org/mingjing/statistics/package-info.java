/**
 * Annual statistics and analysis (统计年报与分析, seed §二(一)6, LAW.md §5): each agency's figures of a year, counted
 * by the rules of the yearly report, for the report the agency publishes by 31 January.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = { "shared", "cases", "organization", "catalogue", "documents", "publicity", "review" })
package org.mingjing.statistics;
