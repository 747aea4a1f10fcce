package org.mingjing.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


import org.mingjing.cases.CaseAnalysis;
import org.mingjing.cases.Places;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.PublicationTimeliness;
import org.mingjing.review.ReviewArea;
import org.mingjing.review.ReviewOutcomes;
import org.mingjing.review.Verdict;
import org.mingjing.shared.Caller;
import org.mingjing.shared.CsvWriter;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The analysis dashboard (统计分析, seed §二(一)6: analysis by category, frequency, place and time period; issue 8) of
 * an agency and every agency under it that the caller may see, for a period and optionally one matter. The counting is
 * done by the read models of the modules that own the data (cases, publicity, review), in the database; this scopes,
 * checks the filters, names things and shapes the charts.
 */
@Service
public class Analysis {

    /** The longest period that may be asked for, in years. */
    public static final int MAX_YEARS = 10;

    /** A checked request: the agency, the agencies counted, the period and the matter (null for all). */
    public record Request(Agency agency, List<String> scope, LocalDate from, LocalDate to, String matterCode,
            Map<String, Matter> matters) {

        /** The penalty matters of the agencies counted, code to name, for a choice of matter. */
        public Map<String, String> penaltyMatters() {
            Map<String, String> all = new TreeMap<>();
            matters.values().stream().filter(Matter::isPenalty).forEach(m -> all.put(m.code(), m.name()));
            return all;
        }
    }

    private final Organization organization;
    private final Catalogue catalogue;
    /** The counts, kept per agency and month. */
    private final AnalysisCells cells;
    private final MessageSource messages;
    private final Clock clock;

    Analysis(Organization organization, Catalogue catalogue, AnalysisCells cells, MessageSource messages,
            Clock clock) {
        this.organization = organization;
        this.catalogue = catalogue;
        this.cells = cells;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period by default: the twelve months up to today, the current one included (from its first day). */
    public LocalDate[] defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return new LocalDate[] { today.withDayOfMonth(1).minusMonths(11), today };
    }

    /**
     * Checks the filters as typed: the agency (the caller's own if blank; one the caller may not see is not found),
     * the days ({@code yyyy-MM-dd}; blank for the default period), from not after to and at most {@value #MAX_YEARS}
     * years apart, and the matter (blank for all; otherwise a matter of the agencies counted). A bad filter is a 400
     * naming the field.
     */
    public Request request(Caller caller, String agencyId, String from, String to, String matterCode) {
        Agency agency = organization.requireVisibleAgency(caller, blank(agencyId) ? caller.agencyId()
                : agencyId.strip());
        Set<String> scope = new LinkedHashSet<>(organization.subtree(agency.id()));
        scope.retainAll(organization.visibleAgencyIds(caller));
        LocalDate[] period = defaultPeriod();
        LocalDate start = blank(from) ? period[0] : day("from", from);
        LocalDate end = blank(to) ? period[1] : day("to", to);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "analysis.validation.order");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw ProblemException.invalid("to", "analysis.validation.span", String.valueOf(MAX_YEARS));
        }
        Map<String, Matter> matters = new TreeMap<>();
        for (String id : scope) {
            for (Matter m : catalogue.mattersOf(id)) {
                matters.putIfAbsent(m.code(), m);
            }
        }
        String matter = blank(matterCode) ? null : matterCode.strip();
        if (matter != null && (!matters.containsKey(matter) || !matters.get(matter).isPenalty())) {
            throw ProblemException.invalid("matterCode", "analysis.validation.matter", matter);
        }
        return new Request(agency, List.copyOf(scope), start, end, matter, matters);
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "analysis.validation.date");
        }
    }

    /** Every chart of the request, in the caller's language. */
    public AnalysisFigures figures(Request r, Locale locale) {
        CaseAnalysis.Filter filter = new CaseAnalysis.Filter(r.scope(), r.from(), r.to(), r.matterCode());
        Map<String, Agency> agencies = new HashMap<>();
        for (Agency a : organization.agencies()) {
            agencies.put(a.id(), a);
        }
        Map<String, String> categoryOf = categories(r.matters(), locale);

        // The counts of whole months are kept (AnalysisCells); the days at the period's ends are counted directly,
        // their queries side by side.
        AnalysisCells.Counts counted = cells.counts(r.scope(), r.from(), r.to(), r.matterCode(), LocalDate.now(clock));
        List<CaseAnalysis.MatterCount> byMatter = counted.matters();
        long filed = 0;
        long decided = 0;
        long penalised = 0;
        long closed = 0;
        BigDecimal fines = BigDecimal.ZERO;
        Map<String, long[]> perMatter = new LinkedHashMap<>();
        Map<String, BigDecimal> finesPerMatter = new HashMap<>();
        Map<String, String> matterNames = new HashMap<>();
        Map<String, long[]> perAgency = new LinkedHashMap<>();
        for (CaseAnalysis.MatterCount m : byMatter) {
            filed += m.filed();
            decided += m.decided();
            penalised += m.penalised();
            closed += m.closed();
            fines = fines.add(m.fines());
            long[] mc = perMatter.computeIfAbsent(m.matterCode(), k -> new long[2]);
            mc[0] += m.filed();
            mc[1] += m.penalised();
            finesPerMatter.merge(m.matterCode(), m.fines(), BigDecimal::add);
            matterNames.putIfAbsent(m.matterCode(), r.matters().containsKey(m.matterCode())
                    ? r.matters().get(m.matterCode()).name() : m.matterCode());
            long[] ac = perAgency.computeIfAbsent(m.agencyId(), k -> new long[3]);
            ac[0] += m.filed();
            ac[1] += m.decided();
            ac[2] += m.closed();
        }
        String otherCategory = messages.getMessage("analysis.category.other", null, locale);
        List<AnalysisFigures.MatterCount> matters = new ArrayList<>();
        Map<String, long[]> perCategory = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : perMatter.entrySet()) {
            String category = categoryOf.getOrDefault(e.getKey(), otherCategory);
            matters.add(new AnalysisFigures.MatterCount(e.getKey(), matterNames.get(e.getKey()), category,
                    e.getValue()[0], e.getValue()[1], finesPerMatter.get(e.getKey())));
            long[] c = perCategory.computeIfAbsent(category, k -> new long[2]);
            c[0] += e.getValue()[0];
            c[1] += e.getValue()[1];
        }
        matters.sort(Comparator.comparingLong(AnalysisFigures.MatterCount::cases).reversed()
                .thenComparing(AnalysisFigures.MatterCount::code));
        List<AnalysisFigures.CategoryCount> categories = new ArrayList<>();
        perCategory.forEach((k, v) -> categories.add(new AnalysisFigures.CategoryCount(k, v[0], v[1])));
        categories.sort(Comparator.comparingLong(AnalysisFigures.CategoryCount::cases).reversed()
                .thenComparing(AnalysisFigures.CategoryCount::category));
        List<AnalysisFigures.AgencyCount> byAgency = new ArrayList<>();
        for (String id : r.scope()) {
            long[] c = perAgency.getOrDefault(id, new long[3]);
            byAgency.add(new AnalysisFigures.AgencyCount(id, agencies.get(id).name(), c[0], c[1], c[2]));
        }

        return new AnalysisFigures(r.agency().id(), r.agency().name(), r.from(), r.to(), r.matterCode(),
                r.matterCode() == null ? null : r.matters().get(r.matterCode()).name(), r.scope(),
                new AnalysisFigures.Totals(filed, decided, penalised, closed, filed - decided, fines), categories,
                matters, byAgency, months(filter, counted.months()), places(counted.townships()),
                weekdayHours(new CaseAnalysis.WeekdayHours(counted.weekdayHours()), locale),
                officers(filter, counted.officers(), agencies), stages(counted.stages(), locale),
                publications(r, counted.publications(), locale), reviews(r, counted.reviews(), locale));
    }

    /** The category of each matter code: the statute its first legal basis cites (《社会团体登记管理条例》). */
    private Map<String, String> categories(Map<String, Matter> matters, Locale locale) {
        Map<String, String> categoryOf = new HashMap<>();
        for (Matter m : matters.values()) {
            if (!m.basis().isEmpty()) {
                categoryOf.put(m.code(), messages.getMessage("analysis.category.law",
                        new Object[] { m.basis().get(0).law() }, locale));
            }
        }
        return categoryOf;
    }

    private static List<AnalysisFigures.MonthCount> months(CaseAnalysis.Filter filter,
            List<CaseAnalysis.MonthCount> byMonth) {
        Map<YearMonth, CaseAnalysis.MonthCount> counted = new HashMap<>();
        for (CaseAnalysis.MonthCount m : byMonth) {
            counted.put(YearMonth.of(m.year(), m.month()), m);
        }
        List<AnalysisFigures.MonthCount> months = new ArrayList<>();
        for (YearMonth m : monthsOf(filter.from(), filter.to())) {
            CaseAnalysis.MonthCount c = counted.get(m);
            months.add(c == null ? new AnalysisFigures.MonthCount(m.toString(), 0, 0, 0)
                    : new AnalysisFigures.MonthCount(m.toString(), c.filed(), c.penalised(), c.notPenalised()));
        }
        return months;
    }

    private static List<YearMonth> monthsOf(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static List<AnalysisFigures.CountyCount> places(List<AnalysisCells.TownshipCount> byTownship) {
        Map<String, Map<String, Long>> counties = new HashMap<>();
        for (AnalysisCells.TownshipCount t : byTownship) {
            counties.computeIfAbsent(t.county(), k -> new HashMap<>()).merge(t.township(), t.cases(), Long::sum);
        }
        Comparator<String> names = Comparator.nullsLast(Comparator.naturalOrder());
        List<AnalysisFigures.CountyCount> all = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : counties.entrySet()) {
            List<AnalysisFigures.TownshipCount> townships = new ArrayList<>();
            e.getValue().forEach((t, n) -> townships.add(new AnalysisFigures.TownshipCount(t, n)));
            townships.sort(Comparator.comparingLong(AnalysisFigures.TownshipCount::cases).reversed()
                    .thenComparing(AnalysisFigures.TownshipCount::township, names));
            all.add(new AnalysisFigures.CountyCount(e.getKey(),
                    townships.stream().mapToLong(AnalysisFigures.TownshipCount::cases).sum(), townships));
        }
        all.sort(Comparator.comparingLong(AnalysisFigures.CountyCount::cases).reversed()
                .thenComparing(AnalysisFigures.CountyCount::county, names));
        return all;
    }

    private AnalysisFigures.WeekdayHours weekdayHours(CaseAnalysis.WeekdayHours counted, Locale locale) {
        long[][] cells = counted.cells();
        List<List<Long>> rows = new ArrayList<>();
        List<String> weekdays = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            weekdays.add(messages.getMessage("analysis.weekday." + (d + 1), null, locale));
            List<Long> row = new ArrayList<>();
            for (long n : cells[d]) {
                row.add(n);
            }
            rows.add(row);
        }
        return new AnalysisFigures.WeekdayHours("FILING_RECORDED", weekdays, rows);
    }

    private List<AnalysisFigures.OfficerCount> officers(CaseAnalysis.Filter filter,
            List<CaseAnalysis.OfficerLoad> loads, Map<String, Agency> agencies) {
        Map<String, Officer> known = new HashMap<>();
        for (String id : filter.agencyIds()) {
            for (Officer o : organization.officersOf(id)) {
                known.put(o.id(), o);
            }
        }
        List<AnalysisFigures.OfficerCount> all = new ArrayList<>();
        for (CaseAnalysis.OfficerLoad l : loads) {
            Officer o = known.get(l.officerId());
            if (o == null) {
                o = organization.officer(l.officerId()).orElse(null);
            }
            String agencyName = o == null || agencies.get(o.agencyId()) == null ? null
                    : agencies.get(o.agencyId()).name();
            all.add(new AnalysisFigures.OfficerCount(l.officerId(), o == null ? l.officerId() : o.name(), agencyName,
                    l.open(), l.decided(), l.closed(), l.open() + l.decided() + l.closed()));
        }
        all.sort(Comparator.comparingLong(AnalysisFigures.OfficerCount::total).reversed()
                .thenComparing(AnalysisFigures.OfficerCount::name));
        return all;
    }

    private List<AnalysisFigures.StageDuration> stages(List<CaseAnalysis.StageDurations> counted, Locale locale) {
        List<AnalysisFigures.StageDuration> all = new ArrayList<>();
        for (CaseAnalysis.StageDurations s : counted) {
            all.add(duration(s.stage().name(), messages.getMessage("analysis.stage." + s.stage().name(), null,
                    locale), s));
        }
        return all;
    }

    private static AnalysisFigures.StageDuration duration(String key, String label, CaseAnalysis.StageDurations s) {
        return new AnalysisFigures.StageDuration(key, label, s.cases(), oneDecimal(s.mean()),
                oneDecimal(s.median()));
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private AnalysisFigures.Publications publications(Request r, List<PublicationTimeliness.Count> counted,
            Locale locale) {
        Map<String, long[]> byType = new TreeMap<>();
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (PublicationTimeliness.Count c : counted) {
            int i = c.outcome().ordinal();
            byType.computeIfAbsent(c.actType(), k -> new long[5])[i] += c.publications();
            byMonth.computeIfAbsent(YearMonth.of(c.year(), c.month()), k -> new long[5])[i] += c.publications();
        }
        List<AnalysisFigures.PublicationCount> types = new ArrayList<>();
        byType.forEach((k, v) -> types.add(publication(k, messages.getMessage("catalogue.category." + k, null, k,
                locale), v)));
        List<AnalysisFigures.PublicationCount> months = new ArrayList<>();
        for (YearMonth m : monthsOf(r.from(), r.to())) {
            months.add(publication(m.toString(), m.toString(), byMonth.getOrDefault(m, new long[5])));
        }
        return new AnalysisFigures.Publications(types, months);
    }

    /** Counts in the order of {@link PublicationTimeliness.Outcome}: on time, late, overdue, pending, not published. */
    private static AnalysisFigures.PublicationCount publication(String key, String label, long[] n) {
        return new AnalysisFigures.PublicationCount(key, label, n[0], n[1], n[2], n[3], n[4]);
    }

    private AnalysisFigures.Reviews reviews(Request r, ReviewOutcomes.Outcomes o, Locale locale) {
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (ReviewOutcomes.Count c : o.counts()) {
            byMonth.computeIfAbsent(YearMonth.of(c.year(), c.month()), k -> new long[5])[c.outcome().ordinal()] +=
                    c.reviews();
        }
        List<AnalysisFigures.ReviewMonth> months = new ArrayList<>();
        for (YearMonth m : monthsOf(r.from(), r.to())) {
            long[] n = byMonth.getOrDefault(m, new long[5]);
            months.add(new AnalysisFigures.ReviewMonth(m.toString(), n[0], n[1], n[2], n[3], n[4]));
        }
        Map<String, Long> opinions = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            opinions.put(v.name(), o.opinions().getOrDefault(v, 0L));
        }
        List<AnalysisFigures.AreaCount> areas = new ArrayList<>();
        for (ReviewArea a : ReviewArea.values()) {
            areas.add(new AnalysisFigures.AreaCount(a.name(), messages.getMessage(a.messageKey(), null, locale),
                    o.problemsByArea().getOrDefault(a, 0L)));
        }
        CaseAnalysis.StageDurations toApproval = new CaseAnalysis.StageDurations(null, o.daysToApproval());
        return new AnalysisFigures.Reviews(months, duration("SUBMISSION_TO_APPROVAL",
                messages.getMessage("analysis.stage.SUBMISSION_TO_APPROVAL", null, locale), toApproval), opinions,
                areas);
    }

    /** The header and rows of one chart ({@link AnalysisFigures#CHARTS}), as the CSV and the page's tables show it. */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    /** The chart {@code chart} of the figures as a table; an unknown chart is a 400 naming {@code chart}. */
    public Table table(AnalysisFigures f, String chart, Locale locale) {
        String unknown = messages.getMessage("analysis.unknown", null, locale);
        List<List<Object>> rows = new ArrayList<>();
        List<String> header;
        switch (chart) {
            case "categories" -> {
                header = header(locale, "category", "cases", "penalised");
                f.categories().forEach(c -> rows.add(List.of(c.category(), c.cases(), c.penalised())));
            }
            case "matters" -> {
                header = header(locale, "matter-code", "matter", "category", "cases", "penalised", "fines");
                f.matters().forEach(m -> rows.add(List.of(m.code(), m.name(), m.category(), m.cases(), m.penalised(),
                        m.fines())));
            }
            case "agencies" -> {
                header = header(locale, "agency", "cases", "decided", "closed");
                f.agencies().forEach(a -> rows.add(List.of(a.agencyName(), a.cases(), a.decided(), a.closed())));
            }
            case "months" -> {
                header = header(locale, "month", "filed", "penalised", "not-penalised");
                f.months().forEach(m -> rows.add(List.of(m.month(), m.filed(), m.penalised(), m.notPenalised())));
            }
            case "places" -> {
                header = header(locale, "county", "township", "cases");
                for (AnalysisFigures.CountyCount c : f.places()) {
                    for (AnalysisFigures.TownshipCount t : c.townships()) {
                        rows.add(List.of(c.county() == null ? unknown : c.county(),
                                t.township() == null ? unknown : t.township(), t.cases()));
                    }
                }
            }
            case "weekdayHours" -> {
                header = new ArrayList<>(header(locale, "weekday"));
                for (int h = 0; h < 24; h++) {
                    header.add(String.format("%02d", h));
                }
                for (int d = 0; d < 7; d++) {
                    List<Object> row = new ArrayList<>();
                    row.add(f.weekdayHours().weekdays().get(d));
                    row.addAll(f.weekdayHours().cells().get(d));
                    rows.add(row);
                }
            }
            case "officers" -> {
                header = header(locale, "officer", "agency", "open", "decided", "closed", "total");
                f.officers().forEach(o -> rows.add(java.util.Arrays.asList(o.name(), o.agencyName(), o.open(),
                        o.decided(), o.closed(), o.total())));
            }
            case "stages" -> {
                header = header(locale, "stage", "cases", "mean-days", "median-days");
                List<AnalysisFigures.StageDuration> all = new ArrayList<>(f.stages());
                all.add(f.reviews().daysToApproval());
                all.forEach(s -> rows.add(List.of(s.label(), s.cases(), s.meanDays(), s.medianDays())));
            }
            case "publicationsByActType", "publicationsByMonth" -> {
                header = header(locale, chart.equals("publicationsByMonth") ? "month" : "act-type", "on-time", "late",
                        "overdue", "pending", "not-published");
                (chart.equals("publicationsByMonth") ? f.publications().byMonth() : f.publications().byActType())
                        .forEach(p -> rows.add(List.of(p.label(), p.onTime(), p.late(), p.overdue(), p.pending(),
                                p.notPublished())));
            }
            case "reviewsByMonth" -> {
                header = header(locale, "month", "approved-first-round", "approved-after-return", "returned",
                        "review-pending", "coordinating");
                f.reviews().byMonth().forEach(m -> rows.add(List.of(m.month(), m.approvedFirstRound(),
                        m.approvedAfterReturn(), m.returned(), m.pending(), m.coordinating())));
            }
            case "reviewProblems" -> {
                header = header(locale, "review-area", "opinions");
                f.reviews().problemsByArea().forEach(a -> rows.add(List.of(a.label(), a.opinions())));
            }
            default -> throw ProblemException.invalid("chart", "analysis.validation.chart",
                    String.join(", ", AnalysisFigures.CHARTS));
        }
        return new Table(header, rows);
    }

    private List<String> header(Locale locale, String... keys) {
        List<String> header = new ArrayList<>();
        for (String k : keys) {
            header.add(messages.getMessage("analysis.column." + k, null, locale));
        }
        return header;
    }

    /** The table as a CSV file for a spreadsheet (UTF-8 with a byte-order mark, formulas guarded). */
    public static void csv(Table table, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out, table.header().toArray(String[]::new))) {
            for (List<Object> row : table.rows()) {
                csv.row(row.toArray());
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
