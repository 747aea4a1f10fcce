package org.mingjing.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mingjing.cases.CaseStatistics;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.inspection.InspectionCounts;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Counts an agency's year for its annual report (统计年报, seed §二(一)6: published by 31 January for the year before;
 * LAW.md §5). Only an agency the caller may see is counted; another is not found. The report of an agency is its own
 * cases; its subordinates' are their own reports.
 */
@Service
public class AnnualReports {

    /** The first year a report may be asked for. */
    static final int FIRST_YEAR = 2000;

    private final Organization organization;
    private final Catalogue catalogue;
    private final CaseStatistics cases;
    private final Clock clock;
    /** The random inspections recorded (行政检查). */
    private final InspectionCounts inspections;

    AnnualReports(Organization organization, Catalogue catalogue, CaseStatistics cases, Clock clock,
            InspectionCounts inspections) {
        this.inspections = inspections;
        this.organization = organization;
        this.catalogue = catalogue;
        this.cases = cases;
        this.clock = clock;
    }

    /** The year a report is about by default: the last one, as the seed's 31 January deadline has it. */
    public int defaultYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /**
     * The year a caller typed, or the {@link #defaultYear()} when blank; text that is not a number is a 400 on
     * {@code year}. (Whether the year is in range is for the use to say.)
     */
    public int year(String text) {
        if (text == null || text.isBlank()) {
            return defaultYear();
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "statistics.validation.year-number");
        }
    }

    /**
     * The figures of {@code agencyId} (the caller's own agency if null) for {@code year}, which may be any year from
     * {@value #FIRST_YEAR} to the current one (the current year's figures so far).
     */
    public AnnualFigures figures(Caller caller, String agencyId, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid("year", "statistics.validation.year", FIRST_YEAR, today.getYear());
        }
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        return figures(agency, year);
    }

    /** The figures of the agency for the year, for whoever already checked both. */
    AnnualFigures figures(Agency agency, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = Year.of(year).atDay(1);
        LocalDate to = Year.of(year).atMonth(12).atEndOfMonth();
        List<String> one = List.of(agency.id());

        Set<MatterCategory> powers = EnumSet.noneOf(MatterCategory.class);
        for (Matter m : catalogue.mattersOf(agency.id())) {
            powers.add(m.category());
        }
        PenaltyCounting.Tally tally = PenaltyCounting.tally(cases.decided(one, from, to));
        AnnualFigures.Remedies remedies = remedies(cases.remedies(one, from, to),
                cases.remediesConcluded(one, from, to));

        boolean licensing = powers.contains(MatterCategory.ADMINISTRATIVE_LICENSING);
        boolean coercion = powers.contains(MatterCategory.ADMINISTRATIVE_COERCION);
        // The random inspections recorded count as 行政检查; an agency that made some holds the power whatever its list.
        InspectionCounts.Counted inspected = inspections.count(one, from, to);
        boolean inspection = powers.contains(MatterCategory.ADMINISTRATIVE_INSPECTION) || inspected.inspections() > 0;
        // Licensing and coercion are not yet recorded in the platform: a power held counts 0.
        return new AnnualFigures(year, agency.id(), agency.name(), from, to,
                new AnnualFigures.Licensing(licensing, zeroIf(licensing), zeroIf(licensing), zeroIf(licensing),
                        zeroIf(licensing), zeroIf(licensing)),
                new AnnualFigures.Penalties(powers.contains(MatterCategory.ADMINISTRATIVE_PENALTY), tally.byKind(),
                        tally.total(), tally.confiscatedAmount()),
                new AnnualFigures.Coercion(coercion, zeroIf(coercion), zeroIf(coercion)),
                new AnnualFigures.Inspections(inspection, inspection ? inspected.inspections() : null,
                        inspection ? inspected.problemsFound() : null),
                cases.filed(one, from, to), cases.closed(one, from, to), tally.noPenalty(), tally.reduced(),
                remedies, officers(agency.id(), to.isAfter(today) ? today : to));
    }

    /** The remedies of the year per kind, and the correction rate (被纠错率) over both kinds. */
    static AnnualFigures.Remedies remedies(List<CaseStatistics.RemedySought> brought,
            List<CaseStatistics.RemedyConcluded> concluded) {
        AnnualFigures.Remedy reconsideration = remedy("RECONSIDERATION", brought, concluded);
        AnnualFigures.Remedy litigation = remedy("LITIGATION", brought, concluded);
        return new AnnualFigures.Remedies(reconsideration, litigation,
                ratio(reconsideration.corrected() + litigation.corrected(),
                        reconsideration.concluded() + litigation.concluded()));
    }

    private static AnnualFigures.Remedy remedy(String kind, List<CaseStatistics.RemedySought> brought,
            List<CaseStatistics.RemedyConcluded> concluded) {
        return new AnnualFigures.Remedy(brought.stream().filter(r -> kind.equals(r.kind())).count(),
                concluded.stream().filter(r -> kind.equals(r.kind())).count(),
                concluded.stream().filter(r -> kind.equals(r.kind()) && r.outcome().corrects()).count());
    }

    /** Several agencies' figures of a year side by side, and their total. */
    public record Comparison(int year, List<AnnualFigures> agencies, AnnualFigures total) {
    }

    /**
     * The reports of {@code parentId}'s agency (the caller's own if null) and every agency under it the caller may
     * see, for the year, with their total (a city and its counties; the province and everything under it).
     */
    public Comparison compare(Caller caller, String parentId, int year, String totalName) {
        Agency parent = organization.requireVisibleAgency(caller, parentId == null ? caller.agencyId() : parentId);
        Set<String> under = organization.subtree(parent.id());
        Set<String> visible = organization.visibleAgencyIds(caller);
        List<AnnualFigures> all = new java.util.ArrayList<>();
        for (Agency a : organization.agencies()) {
            if (under.contains(a.id()) && visible.contains(a.id())) {
                all.add(figures(caller, a.id(), year));
            }
        }
        return new Comparison(year, all, AnnualTotals.sum(year, totalName, all));
    }

    private static Long zeroIf(boolean held) {
        return held ? 0L : null;
    }

    /** 持证率 on {@code day}: officers not revoked, and those of them who may act that day. */
    private AnnualFigures.Officers officers(String agencyId, LocalDate day) {
        List<Officer> officers = organization.officersOf(agencyId).stream()
                .filter(o -> o.status() != OfficerStatus.REVOKED).toList();
        long certified = officers.stream().filter(o -> o.mayActOn(day)).count();
        return new AnnualFigures.Officers(officers.size(), certified, ratio(certified, officers.size()));
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
