package org.mingjing.discretion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionLevel;

/**
 * Which level of a matter's discretion standard the circumstances of a case lead to (裁量基准, 行政处罚法第三十四条;
 * LAW.md §7: standards split each penalty provision into circumstance levels with ranges). Each circumstance of the
 * standard belongs to one level. The rule, in order:
 * <ol>
 * <li>No circumstance given: the {@code GENERAL} (一般) level, the standard's level for a violation with nothing
 * heavier or lighter about it; a standard without one gives its lightest level that lists penalties.</li>
 * <li>Only circumstances of the {@code MINOR} level (不予处罚, 行政处罚法第三十三条: first and minor violations corrected
 * in time): that level.</li>
 * <li>Otherwise the heaviest level any given circumstance belongs to: an aggravating circumstance the facts establish
 * is not cancelled by a mitigating one (过罚相当, 行政处罚法第五条). The circumstances of lighter levels given with it —
 * a {@code MINOR} one included, which no longer applies once a heavier one does — are not dropped: they are named as
 * weighed inside the chosen level's range (从轻, 行政处罚法第三十二条), and going below that range with them is a departure
 * that needs a written reason and a legal review.</li>
 * </ol>
 * A code the standard does not hold is unknown: the caller is told which.
 */
final class LevelPolicy {

    private LevelPolicy() {
    }

    /** The level chosen, the circumstances that led there, and the lighter ones to weigh inside its range. */
    record Outcome(DiscretionLevel level, List<DiscretionLevel.Circumstance> decisive,
            List<DiscretionLevel.Circumstance> lighter, List<String> unknown) {

        boolean defaulted() {
            return decisive.isEmpty() && lighter.isEmpty();
        }
    }

    /**
     * The level of {@code standard} (its levels, any order) for the circumstance {@code codes}; {@code unknown} lists
     * the codes the standard does not hold (and the level is then that of the known ones). Empty when the standard
     * has no level at all.
     */
    static Optional<Outcome> choose(List<DiscretionLevel> standard, List<String> codes) {
        if (standard.isEmpty()) {
            return Optional.empty();
        }
        Map<String, DiscretionLevel> levelOf = new LinkedHashMap<>();
        Map<String, DiscretionLevel.Circumstance> circumstance = new LinkedHashMap<>();
        for (DiscretionLevel l : standard) {
            for (DiscretionLevel.Circumstance c : l.circumstances()) {
                String key = normal(c.code());
                DiscretionLevel before = levelOf.get(key);
                if (before == null || l.level().compareTo(before.level()) > 0) {
                    levelOf.put(key, l);
                    circumstance.put(key, c);
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (String code : codes) {
            String key = normal(code);
            if (key.isEmpty() || known.contains(key) || unknown.contains(code.strip())) {
                continue;
            }
            if (levelOf.containsKey(key)) {
                known.add(key);
            } else {
                unknown.add(code.strip());
            }
        }
        if (known.isEmpty()) {
            return Optional.of(new Outcome(defaultLevel(standard), List.of(), List.of(), unknown));
        }
        boolean allMinor = known.stream().allMatch(k -> levelOf.get(k).level() == CircumstanceLevel.MINOR);
        DiscretionLevel chosen = known.stream().map(levelOf::get)
                .filter(l -> allMinor || l.level() != CircumstanceLevel.MINOR)
                .max(Comparator.comparing(DiscretionLevel::level)).orElseThrow();
        List<DiscretionLevel.Circumstance> decisive = new ArrayList<>();
        List<DiscretionLevel.Circumstance> lighter = new ArrayList<>();
        for (String k : known) {
            (levelOf.get(k).level() == chosen.level() ? decisive : lighter).add(circumstance.get(k));
        }
        return Optional.of(new Outcome(chosen, decisive, lighter, unknown));
    }

    private static DiscretionLevel defaultLevel(List<DiscretionLevel> standard) {
        return standard.stream().filter(l -> l.level() == CircumstanceLevel.GENERAL).findFirst()
                .or(() -> standard.stream().filter(l -> !l.penalties().isEmpty())
                        .min(Comparator.comparing(DiscretionLevel::level)))
                .orElseGet(() -> standard.stream().min(Comparator.comparing(DiscretionLevel::level)).orElseThrow());
    }

    /** Codes compare without surrounding blanks and without case: c2 is C2. */
    static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
