package org.mingjing.calendar;

import java.time.OffsetDateTime;

/**
 * A year whose official holiday notice is loaded.
 *
 * @param year     the year the notice is for
 * @param notice   where the notice was published (its address or document number), if known
 * @param days     how many days the notice names
 * @param loadedAt when it was loaded
 * @param loadedBy who loaded it
 */
public record LoadedYear(int year, String notice, int days, OffsetDateTime loadedAt, String loadedBy) {
}
