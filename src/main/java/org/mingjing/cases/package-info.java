/**
 * Enforcement cases from filing to archive: parties, officers, the steps of the procedure with their statutory
 * gates and deadlines, evidence, documents and the case file. The penalty procedure (行政处罚) is the first;
 * licensing, coercion and inspection procedures plug in beside it.
 * 案件办理：立案、调查取证、审核、决定、送达、执行、结案、归档。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.mingjing.cases;
