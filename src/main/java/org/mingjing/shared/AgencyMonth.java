package org.mingjing.shared;

import java.time.YearMonth;

/** One agency's one calendar month: the unit in which the analysis dashboard keeps its counts (issue 8). */
public record AgencyMonth(String agencyId, YearMonth month) {
}
