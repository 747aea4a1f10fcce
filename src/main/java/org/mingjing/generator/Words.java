package org.mingjing.generator;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The word lists, sentence templates and proportions of {@code generator/words.json}: everything Chinese the
 * generator writes, and every share it draws from, kept out of the code so that a reader can adjust them
 * without reading Java. Templates name their blanks in braces, e.g. {@code {party}}.
 */
record Words(LocalDate from, LocalDate until, Map<String, Double> agencyWeights, Map<String, Double> yearWeights,
        List<Double> monthWeights, List<Double> weekdayWeights, List<Double> hourWeights, Map<String, Region> regions,
        String cityPrefix, HotSpot hotSpot, String place, String villageAddress, String streetAddress,
        List<String> villages, List<String> otherBirthRegions, String surnames,
        String givenMale, String givenFemale, List<String> orgWords, Map<String, PartyKind> partyKinds,
        List<PrefixKinds> matterParties, List<PrefixWeight> matterWeights, List<Season> seasons, Mix mix,
        Map<String, List<Long>> incomeRanges, Map<String, List<Long>> personIncomeRanges,
        Map<String, List<String>> behaviourOverrides, String namePrefix, List<String> nameSuffixes,
        List<String> trailingWords, List<String> subjects,
        Map<String, List<String>> sourcePhrases, List<String> facts, List<String> details, String incomeSentence,
        String turnoverSentence, String inquiry, List<String> answers, String inspection, String sampling,
        List<String> findings, List<String> statements, List<String> hearingPlaces, String hearingRecord,
        List<String> deliberationParticipants, String deliberationConclusion, String discretionNote,
        String noPenaltyMinorBasis, String noPenaltyUnprovenBasis, String transferBasis, String witnesses,
        List<String> preservationItems, List<String> disposalOutcomes, String lawTitle, String datePattern,
        String listSeparator, String penaltyWithAmount, ReviewWords review, DemoWords demo) {

    /**
     * What the demo adds on the day it starts ({@link DemoAttention}): a burst of {@code burstCases} recent cases of
     * the agency of {@code burstRegion}, all in one township, filed over the {@code burstDays} days to that day (a hot
     * spot); and the causes of a reported withdrawal and correction of published decisions.
     */
    record DemoWords(String burstRegion, String burstTownship, int burstCases, int burstDays, String withdrawalCause,
            String correctionCause) {
    }

    /**
     * What the legal review of a generated major case says (seed §二(三)): the unit's explanations, the problems a
     * reviewer finds in a share of first rounds with the unit's matching answers (same order), and the notes.
     */
    record ReviewWords(double problemsFound, List<String> explanations, String hearingSentence,
            String noHearingSentence, String responsibility, List<String> problems, List<String> answers,
            String response, String approvedNote, String problemNote) {
    }

    /** A county's places: the prefix of its organisations' names, its townships and streets. */
    record Region(String prefix, String county, List<String> townships, List<String> streets) {
    }

    /** The township where more cases happen than elsewhere, so that maps and rankings show a hot spot. */
    record HotSpot(String region, String township, double weight) {
    }

    /** A kind of party: its type (natural person, legal person, other organisation) and how it is named. */
    record PartyKind(String type, String credit, List<String> suffixes) {
    }

    /** The kinds of party a matter's violations are committed by, for matter codes with this prefix. */
    record PrefixKinds(String prefix, Map<String, Double> kinds) {
    }

    /** How often the matters with this code prefix occur, relative to the others. */
    record PrefixWeight(String prefix, double weight) {
    }

    /** Matters with this prefix occur {@code factor} times as often in these months (e.g. 清明 for funerals). */
    record Season(String prefix, List<Integer> months, double factor) {
    }

    /** The proportions of procedures, decisions, steps and outcomes. */
    record Mix(double summary, double noPenaltyUnproven, double transfer, Map<String, Double> levels, double witness,
            double continuing, double seriousHarm, double secondRecord, double thirdOfficer, double statement,
            double statementWaived, double hearingWhenEntitled, double reducedAfterStatement,
            double extraDeliberation, double arrangement, double preservation, double latePayment, double unpaid,
            double remedy, double remedyOngoing, double stalled, double closedNotArchived, double weekendAct,
            double bankAccount, double otherBirthRegion, Map<String, Double> sources, Map<String, Double> services,
            Map<String, Double> records) {
    }

    static Words load() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("generator/words.json").getInputStream()) {
            return json.readValue(in, Words.class);
        } catch (IOException e) {
            throw new IllegalStateException("generator/words.json is missing from the build", e);
        }
    }

    /**
     * Fills the blanks of a template: {@code fill("{a} and {b}", "a", x, "b", y)}. A blank without a value is left
     * as it is, so a mistake in the word file shows in the text rather than failing a long run.
     */
    static String fill(String template, String... pairs) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String value = null;
            for (int k = 0; k + 1 < pairs.length; k += 2) {
                if (pairs[k].length() == close - i - 1 && template.regionMatches(i + 1, pairs[k], 0, close - i - 1)) {
                    value = pairs[k + 1];
                    break;
                }
            }
            out.append(value == null ? template.substring(i, close + 1) : value);
            i = close + 1;
        }
        return out.toString();
    }
}
