package org.mingjing.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The statutory calendar frozen at one moment, built for counting millions of periods a second.
 *
 * <p>For every day from {@link #FIRST} to {@link #LAST} it keeps whether the day is a working day, how many working
 * days there are up to it, and the list of all working days in order. "N working days after D" is then one lookup:
 * the working day whose rank is the rank of D plus N. Outside that range only weekends are known and plain
 * Monday-to-Friday arithmetic answers, also in constant time. A snapshot never changes: when an administrator loads
 * a year, a new snapshot is built and swapped in, so readers need no lock.
 *
 * <p>Counting follows LAW.md §1: the start day is not counted; working days are Monday to Friday minus the notice's
 * days off plus its adjusted working days; a period reaching a year whose notice is not loaded is provisional.
 */
final class CalendarSnapshot {

    /** First day with precomputed data: a month early, for the late-December days a 2000 notice may cover. */
    static final LocalDate FIRST = LocalDate.of(1999, 12, 1);

    /** Last day with precomputed data. */
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private static final long FIRST_DAY = FIRST.toEpochDay();
    private static final long LAST_DAY = LAST.toEpochDay();
    private static final int SIZE = (int) (LAST_DAY - FIRST_DAY + 1);

    private static final byte WORKING = 1;
    private static final byte OFF = 2;
    private static final byte ADJUSTED = 4;
    private static final byte LOADED = 8;

    private final byte[] flags;
    private final String[] names;
    /** workingThrough[i]: working days from FIRST up to and including day i. */
    private final int[] workingThrough;
    /** workingDays[k]: offset from FIRST of the working day of rank k (0-based). */
    private final int[] workingDays;
    /** unloadedThrough[i]: days from FIRST up to and including day i whose year's notice is not loaded. */
    private final int[] unloadedThrough;
    private final SortedSet<Integer> loadedYears;

    private CalendarSnapshot(Collection<Integer> loadedYears, Collection<NoticeDay> noticeDays) {
        this.loadedYears = Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
        this.flags = new byte[SIZE];
        this.names = new String[SIZE];
        LocalDate date = FIRST;
        for (int i = 0; i < SIZE; i++, date = date.plusDays(1)) {
            byte f = plainWeekday(FIRST_DAY + i) ? WORKING : 0;
            if (this.loadedYears.contains(date.getYear())) {
                f |= LOADED;
            }
            flags[i] = f;
        }
        for (NoticeDay day : noticeDays) {
            long epochDay = day.date().toEpochDay();
            if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
                continue;
            }
            int i = (int) (epochDay - FIRST_DAY);
            byte f = (byte) (flags[i] & LOADED);
            flags[i] = (byte) (day.kind() == DayKind.OFF ? f | OFF : f | ADJUSTED | WORKING);
            names[i] = day.name();
        }
        this.workingThrough = new int[SIZE];
        this.unloadedThrough = new int[SIZE];
        int[] ranks = new int[SIZE];
        int working = 0;
        int unloaded = 0;
        for (int i = 0; i < SIZE; i++) {
            if ((flags[i] & WORKING) != 0) {
                ranks[working++] = i;
            }
            if ((flags[i] & LOADED) == 0) {
                unloaded++;
            }
            workingThrough[i] = working;
            unloadedThrough[i] = unloaded;
        }
        this.workingDays = Arrays.copyOf(ranks, working);
    }

    /** A snapshot of the given loaded years and the days of their notices. */
    static CalendarSnapshot of(Collection<Integer> loadedYears, Collection<NoticeDay> noticeDays) {
        return new CalendarSnapshot(loadedYears, noticeDays);
    }

    /** A calendar with no notice loaded: plain weeks, every result provisional. */
    static CalendarSnapshot empty() {
        return new CalendarSnapshot(List.of(), List.of());
    }

    SortedSet<Integer> loadedYears() {
        return loadedYears;
    }

    boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    boolean isWorkingDay(LocalDate date) {
        long day = date.toEpochDay();
        return inRange(day) ? (flags[(int) (day - FIRST_DAY)] & WORKING) != 0 : plainWeekday(day);
    }

    CalendarDay day(LocalDate date) {
        long day = date.toEpochDay();
        if (!inRange(day)) {
            return new CalendarDay(date, plainWeekday(day), null, null, false);
        }
        int i = (int) (day - FIRST_DAY);
        byte f = flags[i];
        DayKind kind = (f & OFF) != 0 ? DayKind.OFF : (f & ADJUSTED) != 0 ? DayKind.WORK : null;
        return new CalendarDay(date, (f & WORKING) != 0, kind, names[i], (f & LOADED) != 0);
    }

    /** Every day from {@code first} to {@code last}, both included. */
    List<CalendarDay> days(LocalDate first, LocalDate last) {
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            result.add(day(d));
        }
        return result;
    }

    /** The end of the named rule's period starting from {@code from}. */
    Deadline deadline(LocalDate from, PeriodRule rule) {
        long start = from.toEpochDay();
        boolean after = rule.direction() == PeriodDirection.AFTER;
        long end = switch (rule.unit()) {
            case WORKING_DAYS -> after ? workingDaysAfter(start, rule.length())
                    : workingDaysBefore(start, rule.length());
            case CALENDAR_DAYS -> settle(after ? start + rule.length() : start - rule.length(), after,
                    rule.rollsToWorkingDay());
            case MONTHS -> settle((after ? from.plusMonths(rule.length()) : from.minusMonths(rule.length()))
                    .toEpochDay(), after, rule.rollsToWorkingDay());
            case YEARS -> settle((after ? from.plusYears(rule.length()) : from.minusYears(rule.length()))
                    .toEpochDay(), after, rule.rollsToWorkingDay());
            case FIXED_DATE -> settle(fixedDay(from, rule), after, rule.rollsToWorkingDay());
        };
        return new Deadline(from, rule.length(), rule.unit(), LocalDate.ofEpochDay(end),
                after ? provisionalAfter(start, end) : provisionalBefore(start, end), rule);
    }

    /**
     * The end of a period of {@code length} units after {@code from}. A calendar-day, month or year period whose
     * last day is not a working day ends on the next working day.
     *
     * @throws IllegalArgumentException for a negative length or a {@link PeriodUnit#FIXED_DATE} unit, which only a
     *                                  named rule defines
     */
    Deadline deadline(LocalDate from, int length, PeriodUnit unit) {
        if (length < 0) {
            throw new IllegalArgumentException("negative period length: " + length);
        }
        long start = from.toEpochDay();
        long end = switch (unit) {
            case WORKING_DAYS -> workingDaysAfter(start, length);
            case CALENDAR_DAYS -> nextWorkingOnOrAfter(start + length);
            case MONTHS -> nextWorkingOnOrAfter(from.plusMonths(length).toEpochDay());
            case YEARS -> nextWorkingOnOrAfter(from.plusYears(length).toEpochDay());
            case FIXED_DATE -> throw new IllegalArgumentException("a fixed date needs a named rule");
        };
        return new Deadline(from, length, unit, LocalDate.ofEpochDay(end), provisionalAfter(start, end), null);
    }

    private static long fixedDay(LocalDate from, PeriodRule rule) {
        MonthDay day = rule.fixedDay().orElseThrow();
        return day.atYear(from.getYear() + rule.length()).toEpochDay();
    }

    private long settle(long day, boolean after, boolean roll) {
        if (!roll) {
            return day;
        }
        return after ? nextWorkingOnOrAfter(day) : previousWorkingOnOrBefore(day);
    }

    // ------------------------------------------------------------------ working-day arithmetic

    /** The n-th working day after {@code day} (not counting {@code day}); {@code day} itself when n is 0. */
    long workingDaysAfter(long day, long n) {
        if (n <= 0) {
            return day;
        }
        if (day < FIRST_DAY - 1) {
            long available = plainCount(day + 1, FIRST_DAY - 1);
            if (available >= n) {
                return plainAfter(day, n);
            }
            n -= available;
            day = FIRST_DAY - 1;
        }
        if (day > LAST_DAY) {
            return plainAfter(day, n);
        }
        long rank = day < FIRST_DAY ? 0 : workingThrough[(int) (day - FIRST_DAY)];
        long target = rank + n - 1;
        if (target < workingDays.length) {
            return FIRST_DAY + workingDays[(int) target];
        }
        return plainAfter(LAST_DAY, n - (workingDays.length - rank));
    }

    /** The n-th working day before {@code day} (not counting {@code day}); {@code day} itself when n is 0. */
    long workingDaysBefore(long day, long n) {
        if (n <= 0) {
            return day;
        }
        if (day > LAST_DAY + 1) {
            long available = plainCount(LAST_DAY + 1, day - 1);
            if (available >= n) {
                return plainBefore(day, n);
            }
            n -= available;
            day = LAST_DAY + 1;
        }
        if (day <= FIRST_DAY) {
            return plainBefore(day, n);
        }
        long rank = workingThrough[(int) (day - 1 - FIRST_DAY)];
        long target = rank - n;
        if (target >= 0) {
            return FIRST_DAY + workingDays[(int) target];
        }
        return plainBefore(FIRST_DAY, n - rank);
    }

    /** {@code day} if it is a working day, otherwise the next one. */
    long nextWorkingOnOrAfter(long day) {
        if (day < FIRST_DAY) {
            long candidate = plainOnOrAfter(day);
            if (candidate < FIRST_DAY) {
                return candidate;
            }
            day = FIRST_DAY;
        }
        if (day > LAST_DAY) {
            return plainOnOrAfter(day);
        }
        int i = (int) (day - FIRST_DAY);
        int rank = i == 0 ? 0 : workingThrough[i - 1];
        return rank < workingDays.length ? FIRST_DAY + workingDays[rank] : plainOnOrAfter(LAST_DAY + 1);
    }

    /** {@code day} if it is a working day, otherwise the working day before it. */
    long previousWorkingOnOrBefore(long day) {
        if (day > LAST_DAY) {
            long candidate = plainOnOrBefore(day);
            if (candidate > LAST_DAY) {
                return candidate;
            }
            day = LAST_DAY;
        }
        if (day < FIRST_DAY) {
            return plainOnOrBefore(day);
        }
        int rank = workingThrough[(int) (day - FIRST_DAY)];
        return rank > 0 ? FIRST_DAY + workingDays[rank - 1] : plainOnOrBefore(FIRST_DAY - 1);
    }

    // ------------------------------------------------------------------ provisional results

    /** A period counted forward covers the days after the start up to the deadline. */
    private boolean provisionalAfter(long start, long end) {
        return end > start ? reachesUnloadedYear(start + 1, end) : reachesUnloadedYear(end, end);
    }

    /** A period counted back covers the days from the deadline up to the day before the start. */
    private boolean provisionalBefore(long start, long end) {
        return end < start ? reachesUnloadedYear(end, start - 1) : reachesUnloadedYear(end, end);
    }

    private boolean reachesUnloadedYear(long first, long last) {
        if (first < FIRST_DAY || last > LAST_DAY) {
            return true;
        }
        int a = (int) (first - FIRST_DAY);
        int b = (int) (last - FIRST_DAY);
        return unloadedThrough[b] - (a == 0 ? 0 : unloadedThrough[a - 1]) > 0;
    }

    private static boolean inRange(long day) {
        return day >= FIRST_DAY && day <= LAST_DAY;
    }

    // ------------------------------------------------------------------ plain Monday-to-Friday weeks

    /** 0 for Monday … 6 for Sunday; 1970-01-01 was a Thursday. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    static boolean plainWeekday(long epochDay) {
        return dayOfWeek(epochDay) < 5;
    }

    /** The n-th weekday after {@code day}, n at least 1. */
    static long plainAfter(long day, long n) {
        int dow = dayOfWeek(day);
        if (dow > 4) {
            day -= dow - 4;
            dow = 4;
        }
        long weeks = (n - 1) / 5;
        int rest = (int) ((n - 1) % 5) + 1;
        return day + weeks * 7 + rest + (dow + rest > 4 ? 2 : 0);
    }

    /** The n-th weekday before {@code day}, n at least 1. */
    static long plainBefore(long day, long n) {
        int dow = dayOfWeek(day);
        if (dow > 4) {
            day += 7 - dow;
            dow = 0;
        }
        long weeks = (n - 1) / 5;
        int rest = (int) ((n - 1) % 5) + 1;
        return day - weeks * 7 - rest - (dow - rest < 0 ? 2 : 0);
    }

    /** Weekdays from {@code first} to {@code last}, both included. */
    static long plainCount(long first, long last) {
        return last < first ? 0 : weekdaysThrough(last) - weekdaysThrough(first - 1);
    }

    private static long weekdaysThrough(long day) {
        long sinceMonday = day + 3;
        return Math.floorDiv(sinceMonday, 7L) * 5 + Math.min(Math.floorMod(sinceMonday, 7L) + 1, 5);
    }

    private static long plainOnOrAfter(long day) {
        int dow = dayOfWeek(day);
        return dow > 4 ? day + 7 - dow : day;
    }

    private static long plainOnOrBefore(long day) {
        int dow = dayOfWeek(day);
        return dow > 4 ? day - (dow - 4) : day;
    }
}
