/**
 * Random inspection (双随机一公开, LAW.md §6): each agency's registers of inspected subjects and inspectors, plans per
 * item of its random-inspection list, the draw of subjects and inspectors that anyone can re-run from its published
 * record (a secret seed committed to before the draw), the inspection tasks it gives and their results, published on
 * the portal within 20 working days.
 * 双随机一公开：检查对象名录库与执法检查人员名录库、抽查计划、可公开验证的随机抽取、检查任务与结果公示。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
        allowedDependencies = { "shared", "organization", "catalogue", "calendar", "ledger", "cases", "publicity" })
package org.mingjing.inspection;
