package org.mingjing.discretion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.LegalBasis;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The recommendation of an agency's discretion standard for a penalty matter and the circumstances of a case
 * (裁量智能辅助, seed §二(四)2; 行政处罚法第三十四条; LAW.md §7): the level by {@link LevelPolicy}, that level's
 * penalties, its fine range in yuan by {@link FineRange} inside the statute, an explanation naming the circumstances
 * that led there, and the citation of the statute and the standard.
 */
@Service
public class Recommendations {

    /** The largest amount a case records (DECIMAL(14, 2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final int MAX_CIRCUMSTANCES = 50;

    private final Catalogue catalogue;
    private final Organization organization;
    private final MessageSource messages;

    Recommendations(Catalogue catalogue, Organization organization, MessageSource messages) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.messages = messages;
    }

    /** What a caller asks for: the matter's code, the circumstances' codes, the case's figures. */
    public record Request(String matterCode, List<String> circumstances, BigDecimal illegalIncome,
            BigDecimal illegalTurnover) {
    }

    /**
     * The recommendation of the caller's agency's standard. 400 naming the field for a missing code, an unknown
     * circumstance or an amount that is negative, too large or finer than a fen; 404 for a matter the agency does
     * not list as a penalty matter; 409 {@code no-discretion-standard} when it has no standard yet.
     */
    public Recommendation recommend(Caller caller, Request r, Locale locale) {
        return recommend(caller.agencyId(), r, locale);
    }

    /**
     * The recommendation for a case, by the standard of the case's agency (a supervisor reading a county's case sees
     * the county's standard, which decides it), with the case's illegal income and turnover; problems as
     * {@link #recommend(Caller, Request, Locale)}.
     */
    public Recommendation forCase(org.mingjing.cases.CaseFile c, List<String> codes, Locale locale) {
        return recommend(c.agencyId(), new Request(c.matterCode(), codes, c.illegalIncome(), c.illegalTurnover()),
                locale);
    }

    private Recommendation recommend(String agencyId, Request r, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.matterCode() == null || r.matterCode().isBlank()) {
            problems.add(FieldProblem.of("matterCode", "validation.required"));
        }
        List<String> codes = r.circumstances() == null ? List.of()
                : r.circumstances().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        if (codes.size() > MAX_CIRCUMSTANCES) {
            problems.add(FieldProblem.of("circumstances", "discretion.validation.too-many", MAX_CIRCUMSTANCES));
        }
        amount(problems, "illegalIncome", r.illegalIncome());
        amount(problems, "illegalTurnover", r.illegalTurnover());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Matter matter = catalogue.matterOfAgency(agencyId, r.matterCode()).filter(Matter::isPenalty)
                .orElseThrow(() -> ProblemException.notFound("discretion.problem.matter-not-found",
                        r.matterCode().strip()));
        List<DiscretionLevel> standard = catalogue.discretionOf(matter);
        if (standard.isEmpty()) {
            throw ProblemException.conflict("no-discretion-standard", "discretion.problem.no-standard", matter.code());
        }
        LevelPolicy.Outcome outcome = LevelPolicy.choose(standard, codes).orElseThrow();
        if (!outcome.unknown().isEmpty()) {
            throw ProblemException.invalid("circumstances", "discretion.validation.unknown-circumstances",
                    String.join(", ", outcome.unknown()), matter.code(), known(standard));
        }
        return recommendation(matter, outcome, r.illegalIncome(), r.illegalTurnover(), locale);
    }

    /** The level policy's outcome for the matter of an agency, or empty without a matter or a standard. */
    Optional<Chosen> outcome(String agencyId, String matterCode, List<String> codes) {
        return catalogue.matterOfAgency(agencyId, matterCode).filter(Matter::isPenalty)
                .flatMap(m -> LevelPolicy.choose(catalogue.discretionOf(m), codes).map(o -> new Chosen(m, o)));
    }

    record Chosen(Matter matter, LevelPolicy.Outcome outcome) {
    }

    Recommendation recommendation(Matter matter, LevelPolicy.Outcome o, BigDecimal income, BigDecimal turnover,
            Locale locale) {
        DiscretionLevel level = o.level();
        String label = level.label() == null || level.label().isBlank() ? text(level.level().messageKey(), locale)
                : level.label();
        List<String> parts = new ArrayList<>();
        if (o.defaulted()) {
            parts.add(text("discretion.explain.default", locale, label));
        } else {
            parts.add(text("discretion.explain.circumstances", locale, describe(o.decisive()), label));
            if (!o.lighter().isEmpty()) {
                parts.add(text("discretion.explain.lighter", locale, describe(o.lighter())));
            }
        }
        if (level.penalties().isEmpty()) {
            parts.add(text("discretion.explain.no-penalty", locale));
        } else {
            parts.add(text("discretion.explain.penalties", locale, level.penalties().stream()
                    .map(k -> text(k.messageKey(), locale)).collect(Collectors.joining("\u3001"))));
        }
        FineRange range = null;
        FineRange statuteRange = null;
        Recommendation.Bound bound = null;
        if (level.fine() == null) {
            if (!level.penalties().isEmpty()) {
                parts.add(text("discretion.explain.no-fine", locale));
            }
        } else {
            bound = new Recommendation.Bound(level.fine().basis(), level.fine().min(), level.fine().max());
            String baseName = text("discretion.base." + level.fine().basis().name(), locale);
            Optional<FineRange.Computed> computed = FineRange.of(level.fine(), matter.fineBound(level.fine().basis()),
                    income, turnover);
            statuteRange = matter.fineBound(level.fine().basis())
                    .flatMap(b -> FineRange.statute(b, income, turnover)).orElse(null);
            if (computed.isEmpty()) {
                parts.add(text("discretion.explain.range-needs-base", locale, baseName, plain(level.fine().min()),
                        plain(level.fine().max())));
            } else {
                range = computed.get().range();
                if (FineRange.multiple(level.fine().basis())) {
                    BigDecimal base = level.fine().basis() == org.mingjing.catalogue.FineBasis.ILLEGAL_INCOME ? income
                            : turnover;
                    parts.add(text("discretion.explain.range-multiple", locale, plain(range.min()), plain(range.max()),
                            baseName, plain(base), plain(level.fine().min()), plain(level.fine().max())));
                } else {
                    parts.add(text("discretion.explain.range", locale, plain(range.min()), plain(range.max())));
                }
                if (computed.get().clamped() && statuteRange != null) {
                    parts.add(text("discretion.explain.clamped", locale, plain(statuteRange.min()),
                            plain(statuteRange.max())));
                }
            }
        }
        List<Recommendation.Weighed> weighed = new ArrayList<>();
        o.decisive().forEach(c -> weighed.add(new Recommendation.Weighed(c.code(), c.description(),
                level.level().name(), "DECISIVE")));
        o.lighter().forEach(c -> weighed.add(new Recommendation.Weighed(c.code(), c.description(), null, "LIGHTER")));
        return new Recommendation(matter.code(), matter.name(), level.level().name(), label, range, bound,
                statuteRange, List.copyOf(level.penalties()), weighed, String.join("", parts),
                citation(matter, label, locale));
    }

    private String citation(Matter matter, String label, Locale locale) {
        String statute = matter.basis().stream().map(LegalBasis::citation).distinct()
                .collect(Collectors.joining("\u3001"));
        String agency = organization.agency(matter.agencyId()).map(Agency::name).orElse("");
        return text("discretion.citation", locale, statute, agency, matter.name(), label);
    }

    private static String describe(List<DiscretionLevel.Circumstance> circumstances) {
        return circumstances.stream().map(c -> c.code() + "\uff08" + c.description() + "\uff09")
                .collect(Collectors.joining("\u3001"));
    }

    private static String known(List<DiscretionLevel> standard) {
        return standard.stream().flatMap(l -> l.circumstances().stream()).map(DiscretionLevel.Circumstance::code)
                .distinct().collect(Collectors.joining(", "));
    }

    /**
     * How {@code penalties} depart from the recommendation (行政处罚法第三十四条; LAW.md §7): a kind the level does not
     * list (any penalty for the {@code MINOR} level, 第三十三条), a fine where the level gives none, a fine outside its
     * range in yuan. Empty when inside, or when the range cannot be computed (the statute's own check covers that).
     */
    public Optional<String> departure(Recommendation r, List<Steps.Penalty> penalties, Locale locale) {
        List<String> found = new ArrayList<>();
        List<String> outside = penalties.stream().map(Steps.Penalty::kind).distinct()
                .filter(k -> !r.penalties().contains(k)).map(k -> text(k.messageKey(), locale)).toList();
        if (!outside.isEmpty()) {
            found.add(text("discretion.deviation.kinds", locale, String.join("\u3001", outside), r.levelLabel()));
        }
        BigDecimal fine = penalties.stream().filter(p -> p.kind() == PenaltyKind.FINE && p.amount() != null)
                .map(Steps.Penalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (fine.signum() > 0 && r.penalties().contains(PenaltyKind.FINE)) {
            if (r.fine() == null) {
                found.add(text("discretion.deviation.no-fine", locale, r.levelLabel()));
            } else if (r.range() != null && !r.range().contains(fine)) {
                found.add(text("discretion.deviation.fine", locale, plain(fine),
                        r.levelLabel(), plain(r.range().min()),
                        plain(r.range().max())));
            }
        }
        return found.isEmpty() ? Optional.empty()
                : Optional.of(found.stream().collect(Collectors.joining("\uff1b")));
    }

    static void amount(List<FieldProblem> problems, String field, BigDecimal v) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            problems.add(FieldProblem.of(field, "discretion.validation.negative"));
        } else if (v.compareTo(MAX_AMOUNT) > 0) {
            problems.add(FieldProblem.of(field, "discretion.validation.too-large", MAX_AMOUNT.toPlainString()));
        } else if (v.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "discretion.validation.fen"));
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : FineRange.yuan(v).toPlainString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
