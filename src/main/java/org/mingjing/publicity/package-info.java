/**
 * After-the-act publicity (事后公开, seed §二(一), 行政处罚法第四十八条): what reaches the public of each decision, and
 * nothing secret or private in it (脱密脱敏, LAW.md §4). So far: the masking engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity", allowedDependencies = "shared")
package org.mingjing.publicity;
