/**
 * After-the-act publicity (事后公开, seed §二(一)4, 5, 7, 行政处罚法第四十八条): every decision reaches the public on
 * time with nothing secret or private in it (脱密脱敏, LAW.md §4), released by a second person, withdrawn or
 * corrected when the decision changes, expired after its retention period; the portal's search, open-data feeds and
 * the push to the province's platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity",
        allowedDependencies = { "shared", "cases", "calendar", "organization", "catalogue" })
package org.mingjing.publicity;
