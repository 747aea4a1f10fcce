/**
 * The statutory working calendar and the period rules of LAW.md §1: which days are working days, and when a period ends.
 * 法定工作日历与期限：哪些日子是工作日，以及各项法定期限何时届满。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = "shared")
package org.mingjing.calendar;
