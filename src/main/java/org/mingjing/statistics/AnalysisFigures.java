package org.mingjing.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The analysis dashboard of an agency and what is under it (统计分析, seed §二(一)6; issue 8) for a period and
 * optionally one matter: one member per chart, each a list of plain rows that the page draws and
 * {@code format=csv&chart=<name>} downloads. Cases count by the day they were filed; publications by the day of the
 * decision they publish; legal reviews by the day they were first submitted. Labels are in the caller's language.
 *
 * @param agencyId the agency asked for; {@code agencyIds} the agencies counted: it and those under it the caller may
 *        see
 * @param totals the cases of the period and what became of them
 * @param categories the cases per category of matter (the statute the matter enforces), most first
 * @param matters the cases per matter, most first
 * @param agencies the cases per agency of the scope
 * @param months every month of the period, oldest first, with zeros
 * @param places the cases per county and township of the place written on the case, most first; a place that names
 *        no county or township is counted under a null one
 * @param weekdayHours filings per weekday and hour of the moment they were recorded
 * @param officers the cases of each officer acting on one, most first
 * @param stages how long each stage of the procedure took, in calendar days
 * @param publications whether the decisions reached the public in time
 * @param reviews how the legal reviews of major decisions went
 */
public record AnalysisFigures(String agencyId, String agencyName, LocalDate from, LocalDate to, String matterCode,
        String matterName, List<String> agencyIds, Totals totals, List<CategoryCount> categories,
        List<MatterCount> matters, List<AgencyCount> agencies, List<MonthCount> months, List<CountyCount> places,
        WeekdayHours weekdayHours, List<OfficerCount> officers, List<StageDuration> stages, Publications publications,
        Reviews reviews) {

    /** The charts a CSV can be asked for, by the name {@code chart=} takes. */
    public static final List<String> CHARTS = List.of("categories", "matters", "agencies", "months", "places",
            "weekdayHours", "officers", "stages", "publicationsByActType", "publicationsByMonth", "reviewsByMonth",
            "reviewProblems");

    /** Cases filed in the period; of them decided, decided with a penalty, closed, still open; fines decided (元). */
    public record Totals(long filed, long decided, long penalised, long closed, long open, BigDecimal fines) {
    }

    public record CategoryCount(String category, long cases, long penalised) {
    }

    public record MatterCount(String code, String name, String category, long cases, long penalised,
            BigDecimal fines) {
    }

    public record AgencyCount(String agencyId, String agencyName, long cases, long decided, long closed) {
    }

    /** {@code month} as {@code 2026-03}. */
    public record MonthCount(String month, long filed, long penalised, long notPenalised) {
    }

    public record CountyCount(String county, long cases, List<TownshipCount> townships) {
    }

    public record TownshipCount(String township, long cases) {
    }

    /**
     * {@code cells[weekday][hour]}, weekday 0 Monday … 6 Sunday, hour 0–23, in China Standard Time; {@code moment}
     * says which moment is counted: {@code FILING_RECORDED}, when the filing was recorded in the platform.
     */
    public record WeekdayHours(String moment, List<String> weekdays, List<List<Long>> cells) {
    }

    /** The cases of one officer: not yet decided, decided and not closed, closed. */
    public record OfficerCount(String officerId, String name, String agencyName, long open, long decided,
            long closed, long total) {
    }

    /** One stage: the cases that went through it, the mean and median days (one decimal). */
    public record StageDuration(String stage, String label, long cases, BigDecimal meanDays,
            BigDecimal medianDays) {
    }

    /** Publications by act type and by month of the decision, per outcome. */
    public record Publications(List<PublicationCount> byActType, List<PublicationCount> byMonth) {
    }

    /**
     * One act type or month ({@code key}, with its {@code label}): released on time, late, not yet released past
     * the deadline (overdue), not yet due (pending), kept from the public (not published).
     */
    public record PublicationCount(String key, String label, long onTime, long late, long overdue, long pending,
            long notPublished) {
    }

    /**
     * Reviews by month of first submission; the days from first submission to a pass; the written opinions per
     * verdict; the opinions finding problems in each area of review content.
     */
    public record Reviews(List<ReviewMonth> byMonth, StageDuration daysToApproval, Map<String, Long> opinions,
            List<AreaCount> problemsByArea) {
    }

    public record ReviewMonth(String month, long approvedFirstRound, long approvedAfterReturn, long returned,
            long pending, long coordinating) {
    }

    public record AreaCount(String area, String label, long opinions) {
    }
}
