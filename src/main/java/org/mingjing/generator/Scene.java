package org.mingjing.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.LegalBasis;
import org.mingjing.catalogue.Matter;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;

/**
 * What a run works with, read once: the city's and the counties' agencies (the province handles no cases of its
 * own here), the officers who may handle cases, each agency's penalty matters with the levels of its discretion
 * standard, and the weights that make some agencies, places, matters, months, weekdays and hours busier than
 * others, so that statistics and maps drawn from the data have something to show.
 */
final class Scene {

    /** Officers a case names: in active service and not legal reviewers, who review rather than investigate. */
    record Office(Agency agency, Words.Region region, String namePrefix, List<Officer> officers,
            List<Officer> colleagues, List<MatterPlan> matters, double[][] matterCumulativeByMonth) {

        /** The officers who may act on every day from {@code first} to {@code last} (行政处罚法 Art. 42). */
        List<Officer> actingThroughout(LocalDate first, LocalDate last) {
            return officers.stream().filter(o -> o.mayActOn(first) && o.mayActOn(last)).toList();
        }
    }

    /**
     * A penalty matter as cases use it: the violation as phrases ({@code behaviours}, from the matter's name or
     * the word file), the
     * statute it breaks, the provisions cited in notices and decisions, the levels of the discretion standard and
     * the kinds of party that commit it.
     */
    record MatterPlan(Matter matter, Map<CircumstanceLevel, DiscretionLevel> levels, List<String> behaviours,
            String law, String basis, Map<String, Double> partyKinds) {
    }

    final Words words;
    final List<Office> offices;
    final double[] officeCumulative;
    final List<String> countyCodes;
    final double[] countyCumulative;
    final LocalDate from;
    final LocalDate until;
    final double[] dayCumulative;
    final double[] hourCumulative;

    private Scene(Words words, List<Office> offices, double[] officeCumulative, List<String> countyCodes,
            double[] countyCumulative, LocalDate from, LocalDate until, double[] dayCumulative,
            double[] hourCumulative) {
        this.words = words;
        this.offices = offices;
        this.officeCumulative = officeCumulative;
        this.countyCodes = countyCodes;
        this.countyCumulative = countyCumulative;
        this.from = from;
        this.until = until;
        this.dayCumulative = dayCumulative;
        this.hourCumulative = hourCumulative;
    }

    /**
     * Reads the agencies that can have cases: below the province, matching the filter (name or short name) if
     * one is given, with penalty matters and at least two officers who may act on the last day of the window.
     */
    static Scene load(Words words, Organization organization, Catalogue catalogue, StatutoryCalendar calendar,
            String agencyFilter, LocalDate from, LocalDate until) {
        List<Office> offices = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Agency agency : organization.agencies()) {
            if (agency.level() == AgencyLevel.PROVINCE || agencyFilter != null
                    && !agencyFilter.equals(agency.name()) && !agencyFilter.equals(agency.shortName())) {
                continue;
            }
            office(words, organization, catalogue, agency, until).ifPresent(o -> {
                offices.add(o);
                weights.add(words.agencyWeights().getOrDefault(agency.regionCode(), 10.0));
            });
        }
        List<String> counties = new ArrayList<>(words.regions().keySet());
        double[] countyWeights = counties.stream().mapToDouble(c -> words.agencyWeights().getOrDefault(c, 1.0))
                .toArray();
        int days = (int) ChronoUnit.DAYS.between(from, until) + 1;
        double[] dayWeights = new double[Math.max(days, 1)];
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            int weekdayIndex = Math.min(day.getDayOfWeek().getValue(), DayOfWeek.FRIDAY.getValue()) - 1;
            double weekday = calendar.isWorkingDay(day) ? words.weekdayWeights().get(weekdayIndex)
                    : words.weekdayWeights().get(6);
            dayWeights[i] = words.yearWeights().getOrDefault(String.valueOf(day.getYear()), 1.0)
                    * words.monthWeights().get(day.getMonthValue() - 1) * weekday;
        }
        double[] hours = words.hourWeights().stream().mapToDouble(Double::doubleValue).toArray();
        return new Scene(words, List.copyOf(offices), Dice.cumulative(weights.stream().mapToDouble(w -> w).toArray()),
                counties, Dice.cumulative(countyWeights), from, until, Dice.cumulative(dayWeights),
                Dice.cumulative(hours));
    }

    private static Optional<Office> office(Words words, Organization organization, Catalogue catalogue, Agency agency,
            LocalDate until) {
        List<Officer> staff = organization.officersOf(agency.id()).stream()
                .filter(o -> o.status() == OfficerStatus.ACTIVE)
                .sorted(Comparator.comparing(Officer::certificateNumber)).toList();
        List<Officer> handling = staff.stream().filter(o -> !o.legalReviewer()).toList();
        if (handling.stream().filter(o -> o.mayActOn(until)).count() < 2) {
            return Optional.empty();
        }
        List<Matter> penalty = catalogue.mattersOf(agency.id()).stream().filter(Matter::isPenalty).toList();
        if (penalty.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<DiscretionLevel>> standards = catalogue.discretionOf(penalty);
        List<MatterPlan> plans = new ArrayList<>();
        double[][] byMonth = new double[12][penalty.size()];
        for (int i = 0; i < penalty.size(); i++) {
            Matter m = penalty.get(i);
            Map<CircumstanceLevel, DiscretionLevel> levels = new EnumMap<>(CircumstanceLevel.class);
            standards.getOrDefault(m.id(), List.of()).forEach(l -> levels.put(l.level(), l));
            plans.add(plan(words, m, levels));
            double weight = weight(words, m.code());
            for (int month = 1; month <= 12; month++) {
                double factor = 1;
                for (Words.Season s : words.seasons()) {
                    if (m.code().startsWith(s.prefix()) && s.months().contains(month)) {
                        factor *= s.factor();
                    }
                }
                byMonth[month - 1][i] = weight * factor;
            }
        }
        for (int month = 0; month < 12; month++) {
            byMonth[month] = Dice.cumulative(byMonth[month]);
        }
        Words.Region region = words.regions().get(agency.regionCode());
        String prefix = region != null ? region.prefix() : words.cityPrefix();
        return Optional.of(new Office(agency, region, prefix, handling, staff, List.copyOf(plans), byMonth));
    }

    private static double weight(Words words, String code) {
        for (Words.PrefixWeight w : words.matterWeights()) {
            if (code.startsWith(w.prefix())) {
                return w.weight();
            }
        }
        return 1;
    }

    /**
     * Turns the matter's name, 对社会团体在申请登记时弄虚作假骗取登记的行政处罚, into the violation as a sentence's
     * predicate, 在申请登记时弄虚作假骗取登记, that follows the party's name in the facts: without 对, 的行政处罚
     * and the kind of party the name begins with. {@code behaviourOverrides} in the word file covers names that do
     * not read so.
     */
    static MatterPlan plan(Words words, Matter m, Map<CircumstanceLevel, DiscretionLevel> levels) {
        List<String> overrides = words.behaviourOverrides().get(m.code());
        if (overrides != null) {
            return new MatterPlan(m, levels, overrides, law(words, m), basis(words, m),
                    People.kindsFor(words, m.code()));
        }
        String behaviour = m.name();
        if (behaviour.startsWith(words.namePrefix())) {
            behaviour = behaviour.substring(words.namePrefix().length());
        }
        for (String suffix : words.nameSuffixes()) {
            if (behaviour.endsWith(suffix)) {
                behaviour = behaviour.substring(0, behaviour.length() - suffix.length());
                break;
            }
        }
        for (String word : words.trailingWords()) {
            if (behaviour.endsWith(word)) {
                behaviour = behaviour.substring(0, behaviour.length() - word.length());
            }
        }
        for (String subject : words.subjects()) {
            if (behaviour.startsWith(subject) && behaviour.length() > subject.length() + 2) {
                behaviour = behaviour.substring(subject.length());
                break;
            }
        }
        return new MatterPlan(m, levels, List.of(behaviour), law(words, m), basis(words, m),
                People.kindsFor(words, m.code()));
    }

    /** 《社会团体登记管理条例》: the statute the matter's first provision belongs to. */
    private static String law(Words words, Matter m) {
        return m.basis().isEmpty() ? "" : Words.fill(words.lawTitle(), "law", m.basis().get(0).law());
    }

    /** The matter's provisions as notices and decisions cite them. */
    private static String basis(Words words, Matter m) {
        return String.join(words.listSeparator(), m.basis().stream().map(LegalBasis::citation).toList());
    }

    Office office(Dice d) {
        return offices.get(d.weighted(officeCumulative));
    }

    /** The county whose places a case of the city bureau happens in. */
    String county(Dice d) {
        return countyCodes.get(d.weighted(countyCumulative));
    }

    LocalDate day(Dice d) {
        return from.plusDays(d.weighted(dayCumulative));
    }

    /** A second of the day at which an officer is at work, mostly mornings and afternoons. */
    int secondOfDay(Dice d) {
        return d.weighted(hourCumulative) * 3600 + d.between(0, 3599);
    }

    MatterPlan matter(Office office, Dice d, int month) {
        return office.matters().get(d.weighted(office.matterCumulativeByMonth()[month - 1]));
    }
}
