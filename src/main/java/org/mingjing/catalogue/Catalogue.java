package org.mingjing.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The enforcement catalogue of every agency and the other lists it publishes before acting (seed §二(一)2,
 * LAW.md §4).
 *
 * <p>Reading: the published lists are public (they exist to be read); staff views are scoped to the agencies
 * the caller may see. Writing: only the agency's own head or legal reviewers maintain its lists — not a system
 * administrator (三员分立 keeps administrators out of business data) and not a supervisor of another level.
 * Every change is kept in the history with who made it, when and why, and the item as it then was.
 */
@Service
public class Catalogue {

    private final Matters matters;
    private final Lists lists;
    private final Organization organization;
    private final StatutoryCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Catalogue(Matters matters, Lists lists, Organization organization, StatutoryCalendar calendar,
            ApplicationEventPublisher events, Clock clock) {
        this.matters = matters;
        this.lists = lists;
        this.organization = organization;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- public reads

    /** The published power list: all agencies or one, narrowed by category and a text in code, name or law. */
    public Paged<Matter> publicMatters(String agencyId, MatterCategory category, String q, int page, int size) {
        Paged.checkBounds(page, size);
        Collection<String> scope = agencyId == null || agencyId.isBlank() ? null : List.of(agencyId);
        return new Paged<>(matters.search(scope, category, q, page, size), matters.count(scope, category, q));
    }

    public Optional<Matter> publicMatter(String agencyId, String code) {
        return agencyId == null || code == null ? Optional.empty() : matters.byCode(agencyId, code);
    }

    /** The published discretion standards of the matters with this code, optionally of one agency. */
    public List<StandardOfMatter> publicStandards(String matterCode, String agencyId) {
        List<Matter> found = matters.byCodeEverywhere(matterCode == null ? "" : matterCode.strip()).stream()
                .filter(m -> agencyId == null || agencyId.isBlank() || m.agencyId().equals(agencyId))
                .filter(Matter::isPenalty).toList();
        Map<String, List<DiscretionLevel>> levels = matters.discretion(found.stream().map(Matter::id).toList());
        return found.stream().map(m -> new StandardOfMatter(m, levels.getOrDefault(m.id(), List.of()))).toList();
    }

    /** A matter with its discretion standard. */
    public record StandardOfMatter(Matter matter, List<DiscretionLevel> levels) {
    }

    public List<DiscretionLevel> discretionOf(Matter matter) {
        return matters.discretion(matter.id());
    }

    public Map<String, List<DiscretionLevel>> discretionOf(Collection<Matter> found) {
        return matters.discretion(found.stream().map(Matter::id).toList());
    }

    /** The agency's matters in the order of the published list: by category as the law lists them, then code. */
    public List<Matter> mattersOf(String agencyId) {
        return matters.ofAgency(agencyId).stream()
                .sorted(java.util.Comparator.comparing(Matter::category).thenComparing(Matter::code)).toList();
    }

    public List<InspectionItem> inspectionItems(String agencyId) {
        return lists.inspectionItems(agencyId);
    }

    public List<ReviewRule> reviewRules(String agencyId) {
        return lists.reviewRules(agencyId);
    }

    public List<RemedyChannel> channels(String agencyId) {
        return lists.channels(agencyId);
    }

    public List<ServiceWindow> windows(String agencyId) {
        return lists.windows(agencyId);
    }

    // ---------------------------------------------------------------- staff reads

    public Paged<Matter> searchMatters(Caller caller, String agencyId, MatterCategory category, String q, int page,
            int size) {
        Paged.checkBounds(page, size);
        Set<String> scope = agencyId == null || agencyId.isBlank() ? organization.visibleAgencyIds(caller)
                : Set.of(organization.requireVisibleAgency(caller, agencyId).id());
        return new Paged<>(matters.search(scope, category, q, page, size), matters.count(scope, category, q));
    }

    /** The matter, if the caller may see its agency; otherwise not found. */
    public Matter requireVisibleMatter(Caller caller, String matterId) {
        return (matterId == null ? Optional.<Matter>empty() : matters.byId(matterId))
                .filter(m -> organization.visibleAgencyIds(caller).contains(m.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.matter-not-found"));
    }

    /** The matter of the caller's own agency with this code, as cases and reviews look it up. */
    public Optional<Matter> matterOfAgency(String agencyId, String code) {
        return code == null ? Optional.empty() : matters.byCode(agencyId, code.strip());
    }

    public List<CatalogueChange> history(Caller caller, String subjectId) {
        return lists.history(subjectId).stream()
                .filter(c -> organization.visibleAgencyIds(caller).contains(c.agencyId())).toList();
    }

    public List<Matter> dueForUpdate(Caller caller) {
        return matters.dueForUpdate(organization.visibleAgencyIds(caller));
    }

    /** Per visible agency, the number of penalty matters still without a discretion standard (Art. 34). */
    public Map<String, Long> penaltyMattersWithoutStandard(Caller caller) {
        return matters.penaltyMattersWithoutStandard(organization.visibleAgencyIds(caller));
    }

    public List<CatalogueTrigger> triggers(Caller caller, String agencyId) {
        return lists.triggers(organization.requireVisibleAgency(caller, agencyId).id());
    }

    /** Whether the caller maintains the lists of this agency. */
    public boolean maintains(Caller caller, String agencyId) {
        return caller.agencyId().equals(agencyId) && (caller.has(Role.HEAD) || caller.has(Role.REVIEWER));
    }

    // ---------------------------------------------------------------- matters

    @Transactional
    public Matter createMatter(Caller caller, String agencyId, MatterDraft draft) {
        Agency agency = requireMaintainer(caller, agencyId);
        MatterRules.Checked<Matter> checked = MatterRules.matter(draft, Ids.newId(), agency.id(), 0, null);
        if (!checked.ok()) {
            throw ProblemException.invalid(checked.problems());
        }
        Matter matter = checked.value();
        if (matters.byCode(agency.id(), matter.code()).isPresent()) {
            throw ProblemException.invalid("code", "catalogue.validation.code-taken", matter.code());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        matters.insert(matter, caller.username(), now);
        Matter saved = matters.byId(matter.id()).orElseThrow();
        remember(caller.username(), saved, "CREATE", reasonOr(draft.reason(), "catalogue.reason.created"), now);
        events.publishEvent(new CatalogueChanged(caller.username(), agency.id(), saved.id(), "MATTER_CREATED"));
        return saved;
    }

    @Transactional
    public Matter updateMatter(Caller caller, String matterId, MatterDraft draft) {
        Matter current = requireVisibleMatter(caller, matterId);
        requireMaintainer(caller, current.agencyId());
        int version = draft.version() == null ? current.version() : draft.version();
        MatterRules.Checked<Matter> checked = MatterRules.matter(draft, current.id(), current.agencyId(), version,
                null);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        if (MatterRules.blank(draft.reason())) {
            problems.add(FieldProblem.of("reason", "catalogue.validation.reason-required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Matter next = checked.value();
        if (!next.code().equals(current.code()) && matters.byCode(current.agencyId(), next.code()).isPresent()) {
            throw ProblemException.invalid("code", "catalogue.validation.code-taken", next.code());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!matters.update(next, caller.username(), now)) {
            throw ProblemException.conflict("stale", "problem.stale");
        }
        if (!next.isPenalty() || !next.penaltyKinds().equals(current.penaltyKinds())
                || !next.fineBounds().equals(current.fineBounds())) {
            keepDiscretionConsistent(next);
        }
        Matter saved = matters.byId(current.id()).orElseThrow();
        remember(caller.username(), saved, "UPDATE", draft.reason().strip(), now);
        events.publishEvent(new CatalogueChanged(caller.username(), saved.agencyId(), saved.id(), "MATTER_UPDATED"));
        return saved;
    }

    /** A standard that no longer fits its matter (a kind or bound was removed) would mislead; it is dropped. */
    private void keepDiscretionConsistent(Matter matter) {
        List<DiscretionLevel> levels = matters.discretion(matter.id());
        if (levels.isEmpty()) {
            return;
        }
        List<DiscretionDraft> drafts = levels.stream().map(Catalogue::draftOf).toList();
        if (!MatterRules.discretion(matter, drafts).ok()) {
            matters.replaceDiscretion(matter.id(), List.of());
        }
    }

    /**
     * Replaces the discretion standard of a penalty matter; see {@link MatterRules#discretion} for the rules it
     * must keep (行政处罚法 Art. 34).
     */
    @Transactional
    public List<DiscretionLevel> saveDiscretion(Caller caller, String matterId, List<DiscretionDraft> drafts,
            String reason) {
        Matter matter = requireVisibleMatter(caller, matterId);
        requireMaintainer(caller, matter.agencyId());
        MatterRules.Checked<List<DiscretionLevel>> checked = MatterRules.discretion(matter, drafts);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        if (MatterRules.blank(reason)) {
            problems.add(FieldProblem.of("reason", "catalogue.validation.reason-required"));
        } else if (reason.strip().length() > 300) {
            problems.add(FieldProblem.of("reason", "validation.too-long", 300));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        matters.replaceDiscretion(matter.id(), checked.value());
        OffsetDateTime now = OffsetDateTime.now(clock);
        lists.record(new CatalogueChange(Ids.newId(), matter.agencyId(), "DISCRETION", matter.id(), matter.code(),
                "UPDATE", matter.version(), reason.strip(), caller.username(), now, snapshot(checked.value())));
        events.publishEvent(
                new CatalogueChanged(caller.username(), matter.agencyId(), matter.id(), "DISCRETION_UPDATED"));
        return checked.value();
    }

    /**
     * Imports matters into the agency: rows whose code exists update that matter, others are added, nothing is
     * deleted. All rows or none: when any row is bad nothing changes and every bad row is reported.
     */
    @Transactional
    public ImportResult importMatters(Caller caller, String agencyId, List<MatterDraft> rows, String reason) {
        return importMatters(caller, agencyId, rows, null, reason);
    }

    /**
     * As {@link #importMatters(Caller, String, List, String)}, with the spreadsheet row number of each draft
     * (blank rows skipped in between), so that problems name the row the clerk sees.
     */
    @Transactional
    public ImportResult importMatters(Caller caller, String agencyId, List<MatterDraft> rows, List<Integer> rowNumbers,
            String reason) {
        Agency agency = requireMaintainer(caller, agencyId);
        List<FieldProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        List<Matter> checked = new ArrayList<>();
        Map<String, Matter> existing = new LinkedHashMap<>();
        for (Matter m : matters.ofAgency(agency.id())) {
            existing.put(m.code(), m);
        }
        for (int i = 0; i < rows.size(); i++) {
            int row = rowNumbers == null ? i + 2 : rowNumbers.get(i);
            MatterDraft d = rows.get(i);
            Matter current = d.code() == null ? null : existing.get(d.code().strip());
            MatterRules.Checked<Matter> c = MatterRules.matter(d, current == null ? Ids.newId() : current.id(),
                    agency.id(), current == null ? 0 : current.version(), row);
            problems.addAll(c.problems());
            if (c.ok()) {
                Integer earlier = codes.putIfAbsent(c.value().code(), row);
                if (earlier != null) {
                    problems.add(FieldProblem.atRow(row, "code", "catalogue.validation.code-repeated", earlier));
                } else {
                    checked.add(c.value());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String why = reasonOr(reason, "catalogue.reason.imported");
        int added = 0;
        int updated = 0;
        for (Matter m : checked) {
            Matter current = existing.get(m.code());
            if (current == null) {
                matters.insert(m, caller.username(), now);
                added++;
            } else {
                if (!matters.update(m, caller.username(), now)) {
                    throw ProblemException.conflict("stale", "problem.stale");
                }
                keepDiscretionConsistent(m);
                updated++;
            }
            remember(caller.username(), matters.byId(m.id()).orElseThrow(), current == null ? "IMPORT" : "UPDATE",
                    why, now);
        }
        events.publishEvent(new CatalogueChanged(caller.username(), agency.id(), agency.id(), "MATTERS_IMPORTED"));
        return new ImportResult(added, updated);
    }

    public record ImportResult(int added, int updated) {
    }

    // ---------------------------------------------------------------- change of law or function

    /**
     * Records a change of law (the matters citing it) or of the agency's functions (all its matters); each
     * affected matter must be updated on the public list within 20 working days (seed §二(一)5(1),
     * {@link PeriodRule#UPDATE_AFTER_CHANGE}), and shows that deadline until it is.
     */
    @Transactional
    public CatalogueTrigger recordChange(Caller caller, String agencyId, String kind, String law,
            LocalDate effectiveOn, String description) {
        Agency agency = requireMaintainer(caller, agencyId);
        MatterRules.Problems p = new MatterRules.Problems(null);
        if (!"LAW".equals(kind) && !"FUNCTION".equals(kind)) {
            p.add("kind", "catalogue.validation.trigger-kind");
        }
        String lawName = "LAW".equals(kind) ? p.required("law", law, 100) : null;
        if (effectiveOn == null) {
            p.add("effectiveOn", "validation.required");
        }
        String text = p.required("description", description, 300);
        if (!p.list.isEmpty()) {
            throw ProblemException.invalid(p.list);
        }
        List<String> affected = "LAW".equals(kind) ? matters.idsCitingLaw(agency.id(), lawName)
                : matters.idsOf(agency.id());
        LocalDate due = calendar.deadline(effectiveOn, PeriodRule.UPDATE_AFTER_CHANGE).deadline();
        matters.markUpdateDue(affected, due, text);
        CatalogueTrigger trigger = new CatalogueTrigger(Ids.newId(), agency.id(), kind, lawName, effectiveOn, due,
                text, affected.size(), caller.username());
        lists.insert(trigger, OffsetDateTime.now(clock));
        events.publishEvent(new CatalogueChanged(caller.username(), agency.id(), trigger.id(), "CHANGE_RECORDED"));
        return trigger;
    }

    // ---------------------------------------------------------------- inspection items

    @Transactional
    public InspectionItem saveInspectionItem(Caller caller, String agencyId, String itemId, InspectionItemDraft d) {
        Agency agency = requireMaintainer(caller, agencyId);
        InspectionItem current = itemId == null ? null
                : lists.inspectionItem(itemId).filter(i -> i.agencyId().equals(agency.id()))
                        .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
        MatterRules.Problems p = new MatterRules.Problems(null);
        InspectionItem checked = checkItem(d, p, current == null ? Ids.newId() : current.id(), agency.id(),
                current == null ? 0 : d.version() == null ? current.version() : d.version());
        String code = checked == null ? MatterRules.blank(d.code()) ? null : d.code().strip() : checked.code();
        if (current != null && MatterRules.blank(d.reason())) {
            p.add("reason", "catalogue.validation.reason-required");
        }
        p.optional("reason", d.reason(), 300);
        if (code != null && lists.inspectionItemByCode(agency.id(), code)
                .filter(i -> current == null || !i.id().equals(current.id())).isPresent()) {
            p.add("code", "catalogue.validation.code-taken", code);
        }
        if (!p.list.isEmpty()) {
            throw ProblemException.invalid(p.list);
        }
        InspectionItem item = checked;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (current == null) {
            lists.insert(item, caller.username(), now);
        } else if (!lists.update(item, caller.username(), now)) {
            throw ProblemException.conflict("stale", "problem.stale");
        }
        InspectionItem saved = lists.inspectionItem(item.id()).orElseThrow();
        lists.record(new CatalogueChange(Ids.newId(), agency.id(), "INSPECTION_ITEM", saved.id(), saved.code(),
                current == null ? "CREATE" : "UPDATE", saved.version(),
                reasonOr(d.reason(), "catalogue.reason.created"), caller.username(), now, snapshot(saved)));
        events.publishEvent(new CatalogueChanged(caller.username(), agency.id(), saved.id(), "INSPECTION_ITEM_SAVED"));
        return saved;
    }

    /** The item when every field is valid (problems go to {@code p}, with its row for imports), else null. */
    private static InspectionItem checkItem(InspectionItemDraft d, MatterRules.Problems p, String id, String agencyId,
            int version) {
        int before = p.list.size();
        String code = p.required("code", d.code(), 40);
        if (code != null && !MatterRules.CODE.matcher(code).matches()) {
            p.add("code", "catalogue.validation.code");
        }
        String name = p.required("name", d.name(), 200);
        String basis = p.required("basis", d.basis(), 500);
        String body = p.required("inspectingBody", d.inspectingBody(), 500);
        String objects = p.required("objects", d.objects(), 500);
        BigDecimal ratio = d.ratio();
        if (ratio == null) {
            p.add("ratio", "validation.required");
        } else if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0
                || ratio.stripTrailingZeros().scale() > 4) {
            p.add("ratio", "catalogue.validation.ratio");
        }
        String frequency = p.required("frequency", d.frequency(), 500);
        String method = p.required("method", d.method(), 500);
        String content = p.required("content", d.content(), 2000);
        if (p.list.size() > before) {
            return null;
        }
        return new InspectionItem(id, agencyId, code, name, basis, body, objects, FineBound.plain(ratio), frequency,
                method, content, version);
    }

    /**
     * Imports inspection items: a row whose code exists updates that item, others are added, nothing is
     * deleted; all rows or none, every bad row reported with its row number.
     */
    @Transactional
    public ImportResult importInspectionItems(Caller caller, String agencyId, List<InspectionItemDraft> rows,
            List<Integer> rowNumbers, String reason) {
        Agency agency = requireMaintainer(caller, agencyId);
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("catalogue.import.empty");
        }
        Map<String, InspectionItem> existing = new LinkedHashMap<>();
        lists.inspectionItems(agency.id()).forEach(i -> existing.put(i.code(), i));
        List<FieldProblem> problems = new ArrayList<>();
        List<InspectionItem> checked = new ArrayList<>();
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = rowNumbers == null ? i + 2 : rowNumbers.get(i);
            InspectionItemDraft d = rows.get(i);
            InspectionItem current = d.code() == null ? null : existing.get(d.code().strip());
            MatterRules.Problems p = new MatterRules.Problems(row);
            InspectionItem item = checkItem(d, p, current == null ? Ids.newId() : current.id(), agency.id(),
                    current == null ? 0 : current.version());
            problems.addAll(p.list);
            if (item != null) {
                Integer earlier = codes.putIfAbsent(item.code(), row);
                if (earlier != null) {
                    problems.add(FieldProblem.atRow(row, "code", "catalogue.validation.code-repeated", earlier));
                } else {
                    checked.add(item);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String why = reasonOr(reason, "catalogue.reason.imported");
        int added = 0;
        int updated = 0;
        List<CatalogueChange> changes = new ArrayList<>();
        for (InspectionItem item : checked) {
            boolean isNew = !existing.containsKey(item.code());
            if (isNew) {
                lists.insert(item, caller.username(), now);
                added++;
            } else if (lists.update(item, caller.username(), now)) {
                updated++;
            } else {
                throw ProblemException.conflict("stale", "problem.stale");
            }
            changes.add(new CatalogueChange(Ids.newId(), agency.id(), "INSPECTION_ITEM", item.id(), item.code(),
                    isNew ? "IMPORT" : "UPDATE", isNew ? 0 : item.version() + 1, why, caller.username(), now,
                    snapshot(item)));
        }
        lists.recordAll(changes);
        events.publishEvent(
                new CatalogueChanged(caller.username(), agency.id(), agency.id(), "INSPECTION_ITEMS_IMPORTED"));
        return new ImportResult(added, updated);
    }

    public record InspectionItemDraft(String code, String name, String basis, String inspectingBody, String objects,
            BigDecimal ratio, String frequency, String method, String content, String reason, Integer version) {
    }

    // ---------------------------------------------------------------- review catalogue

    @Transactional
    public ReviewRule saveReviewRule(Caller caller, String agencyId, String ruleId, ReviewRuleDraft d) {
        Agency agency = requireMaintainer(caller, agencyId);
        ReviewRule current = ruleId == null ? null
                : lists.reviewRule(ruleId).filter(r -> r.agencyId().equals(agency.id()))
                        .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
        MatterRules.Problems p = new MatterRules.Problems(null);
        MatterCategory act = null;
        if (MatterRules.blank(d.actType())) {
            p.add("actType", "validation.required");
        } else {
            act = MatterCategory.parse(d.actType()).orElse(null);
            if (act == null) {
                p.add("actType", "catalogue.validation.category", d.actType());
            }
        }
        String field = p.optional("field", d.field(), 50);
        PenaltyKind kind = null;
        if (!MatterRules.blank(d.penaltyKind())) {
            kind = PenaltyKind.parse(d.penaltyKind()).orElse(null);
            if (kind == null) {
                p.add("penaltyKind", "catalogue.validation.penalty-kind", d.penaltyKind());
            } else if (act != null && act != MatterCategory.ADMINISTRATIVE_PENALTY) {
                p.add("penaltyKind", "catalogue.validation.penalty-kinds-not-penalty");
            }
        }
        if (d.minAmount() != null && (d.minAmount().signum() < 0 || d.minAmount().compareTo(MatterRules.MAX_AMOUNT) > 0
                || d.minAmount().stripTrailingZeros().scale() > 2)) {
            p.add("minAmount", "catalogue.validation.amount");
        }
        String description = p.required("description", d.description(), 300);
        if (current != null && MatterRules.blank(d.reason())) {
            p.add("reason", "catalogue.validation.reason-required");
        }
        p.optional("reason", d.reason(), 300);
        if (!p.list.isEmpty()) {
            throw ProblemException.invalid(p.list);
        }
        int version = current == null ? 0 : d.version() == null ? current.version() : d.version();
        ReviewRule rule = new ReviewRule(current == null ? Ids.newId() : current.id(), agency.id(), act, field, kind,
                d.minAmount() == null ? null : FineBound.plain(d.minAmount()), d.hearingHeld(), description,
                version);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (current == null) {
            lists.insert(rule, caller.username(), now);
        } else if (!lists.update(rule, caller.username(), now)) {
            throw ProblemException.conflict("stale", "problem.stale");
        }
        ReviewRule saved = lists.reviewRule(rule.id()).orElseThrow();
        lists.record(new CatalogueChange(Ids.newId(), agency.id(), "REVIEW_RULE", saved.id(), null,
                current == null ? "CREATE" : "UPDATE", saved.version(),
                reasonOr(d.reason(), "catalogue.reason.created"), caller.username(), now, snapshot(saved)));
        events.publishEvent(new CatalogueChanged(caller.username(), agency.id(), saved.id(), "REVIEW_RULE_SAVED"));
        return saved;
    }

    public record ReviewRuleDraft(String actType, String field, String penaltyKind, BigDecimal minAmount,
            Boolean hearingHeld, String description, String reason, Integer version) {
    }

    @Transactional
    public void deleteReviewRule(Caller caller, String ruleId, String reason) {
        ReviewRule rule = lists.reviewRule(ruleId == null ? "" : ruleId)
                .filter(r -> organization.visibleAgencyIds(caller).contains(r.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
        requireMaintainer(caller, rule.agencyId());
        if (MatterRules.blank(reason)) {
            throw ProblemException.invalid("reason", "catalogue.validation.reason-required");
        }
        lists.deleteReviewRule(rule.id());
        lists.record(new CatalogueChange(Ids.newId(), rule.agencyId(), "REVIEW_RULE", rule.id(), null, "DELETE",
                rule.version(), limit(reason), caller.username(), OffsetDateTime.now(clock), snapshot(rule)));
        events.publishEvent(new CatalogueChanged(caller.username(), rule.agencyId(), rule.id(), "REVIEW_RULE_DELETED"));
    }

    /**
     * The lines of the agency's review catalogue a decision matches; empty when it is not major by the catalogue
     * (seed §二(三)2). The statutory triggers of 行政处罚法 Art. 58 are the review module's to add.
     */
    public List<ReviewRule> majorBy(String agencyId, MatterCategory actType, String field,
            Collection<PenaltyKind> penalties, BigDecimal amount, boolean hearingHeld) {
        return lists.reviewRules(agencyId).stream().filter(r -> r.actType() == actType)
                .filter(r -> r.field() == null || (field != null && field.contains(r.field())))
                .filter(r -> r.penaltyKind() == null || penalties.contains(r.penaltyKind()))
                .filter(r -> r.minAmount() == null || (amount != null && amount.compareTo(r.minAmount()) >= 0))
                .filter(r -> r.hearingHeld() == null || r.hearingHeld() == hearingHeld).toList();
    }

    // ---------------------------------------------------------------- channels and windows

    @Transactional
    public RemedyChannel addChannel(Caller caller, String agencyId, RemedyChannel.ChannelKind kind, String name,
            String address, String phone, String hours, String note) {
        Agency agency = requireMaintainer(caller, agencyId);
        MatterRules.Problems p = new MatterRules.Problems(null);
        if (kind == null) {
            p.add("kind", "validation.required");
        }
        String n = p.required("name", name, 100);
        String a = p.optional("address", address, 200);
        String ph = p.optional("phone", phone, 40);
        String h = p.optional("hours", hours, 100);
        String no = p.optional("note", note, 500);
        if (!p.list.isEmpty()) {
            throw ProblemException.invalid(p.list);
        }
        RemedyChannel channel = new RemedyChannel(Ids.newId(), agency.id(), kind, n, a, ph, h, no, 0);
        lists.insert(channel, caller.username(), OffsetDateTime.now(clock));
        listChanged(caller, agency.id(), "CHANNEL", channel.id(), "CREATE", 0, channel);
        return channel;
    }

    @Transactional
    public void removeChannel(Caller caller, String channelId) {
        RemedyChannel channel = lists.channel(channelId == null ? "" : channelId)
                .filter(c -> organization.visibleAgencyIds(caller).contains(c.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
        requireMaintainer(caller, channel.agencyId());
        lists.deleteChannel(channel.id());
        listChanged(caller, channel.agencyId(), "CHANNEL", channel.id(), "DELETE", channel.version(), channel);
    }

    @Transactional
    public ServiceWindow addWindow(Caller caller, String agencyId, String name, String post, String duties,
            String hours, String location) {
        Agency agency = requireMaintainer(caller, agencyId);
        MatterRules.Problems p = new MatterRules.Problems(null);
        String n = p.required("name", name, 100);
        String po = p.required("post", post, 50);
        String du = p.required("duties", duties, 500);
        String h = p.required("hours", hours, 100);
        String l = p.required("location", location, 200);
        if (!p.list.isEmpty()) {
            throw ProblemException.invalid(p.list);
        }
        ServiceWindow window = new ServiceWindow(Ids.newId(), agency.id(), n, po, du, h, l, 0);
        lists.insert(window, caller.username(), OffsetDateTime.now(clock));
        listChanged(caller, agency.id(), "WINDOW", window.id(), "CREATE", 0, window);
        return window;
    }

    @Transactional
    public void removeWindow(Caller caller, String windowId) {
        ServiceWindow window = lists.window(windowId == null ? "" : windowId)
                .filter(w -> organization.visibleAgencyIds(caller).contains(w.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
        requireMaintainer(caller, window.agencyId());
        lists.deleteWindow(window.id());
        listChanged(caller, window.agencyId(), "WINDOW", window.id(), "DELETE", window.version(), window);
    }

    /**
     * Keeps an added or removed channel or window in the history (with the product's own reason) and the audit
     * log, as every change to a list is kept.
     */
    private void listChanged(Caller caller, String agencyId, String type, String subjectId, String action,
            int version, Object item) {
        String reason = "CREATE".equals(action) ? "catalogue.reason.created" : "catalogue.reason.removed";
        lists.record(new CatalogueChange(Ids.newId(), agencyId, type, subjectId, null, action, version,
                reasonOr(null, reason), caller.username(), OffsetDateTime.now(clock), snapshot(item)));
        events.publishEvent(new CatalogueChanged(caller.username(), agencyId, subjectId,
                type + ("CREATE".equals(action) ? "_ADDED" : "_REMOVED")));
    }

    // ---------------------------------------------------------------- seeding (demo and first set-up)

    /**
     * Loads a whole catalogue into an agency that has none, as the demo data set and a first set-up do. Every
     * item passes the same checks as the staff form; the history records the actor and reason given.
     */
    @Transactional
    public void seed(String agencyId, CatalogueSeed seed, String actor, String reason) {
        if (!matters.idsOf(agencyId).isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Matter> checked = new ArrayList<>();
        Map<String, List<DiscretionLevel>> standards = new LinkedHashMap<>();
        List<CatalogueChange> changes = new ArrayList<>();
        for (CatalogueSeed.SeedMatter s : seed.matters()) {
            MatterRules.Checked<Matter> c = MatterRules.matter(s.draft(), Ids.newId(), agencyId, 0, null);
            if (!c.ok()) {
                throw new IllegalStateException("seed matter " + s.draft().code() + " is invalid: " + c.problems());
            }
            checked.add(c.value());
            if (!s.discretion().isEmpty()) {
                MatterRules.Checked<List<DiscretionLevel>> levels = MatterRules.discretion(c.value(), s.discretion());
                if (!levels.ok()) {
                    throw new IllegalStateException(
                            "seed standard of " + s.draft().code() + " is invalid: " + levels.problems());
                }
                standards.put(c.value().id(), levels.value());
            }
            changes.add(new CatalogueChange(Ids.newId(), agencyId, "MATTER", c.value().id(), c.value().code(),
                    "IMPORT", 0, reason, actor, now, snapshot(c.value())));
        }
        matters.insertAll(checked, standards, actor, now);
        lists.recordAll(changes);
        for (InspectionItemDraft d : seed.inspectionItems()) {
            InspectionItem item = new InspectionItem(Ids.newId(), agencyId, d.code(), d.name(), d.basis(),
                    d.inspectingBody(), d.objects(), d.ratio(), d.frequency(), d.method(), d.content(), 0);
            lists.insert(item, actor, now);
        }
        for (ReviewRuleDraft d : seed.reviewRules()) {
            lists.insert(new ReviewRule(Ids.newId(), agencyId, MatterCategory.parse(d.actType()).orElseThrow(),
                    d.field(), d.penaltyKind() == null ? null : PenaltyKind.parse(d.penaltyKind()).orElseThrow(),
                    d.minAmount(), d.hearingHeld(), d.description(), 0), actor, now);
        }
        for (RemedyChannel c : seed.channels()) {
            lists.insert(new RemedyChannel(Ids.newId(), agencyId, c.kind(), c.name(), c.address(), c.phone(),
                    c.hours(), c.note(), 0), actor, now);
        }
        for (ServiceWindow w : seed.windows()) {
            lists.insert(new ServiceWindow(Ids.newId(), agencyId, w.name(), w.post(), w.duties(), w.hours(),
                    w.location(), 0), actor, now);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Agency requireMaintainer(Caller caller, String agencyId) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId);
        if (!maintains(caller, agency.id())) {
            throw ProblemException.forbidden("catalogue.problem.not-maintainer");
        }
        return agency;
    }

    private void remember(String actor, Matter m, String action, String reason, OffsetDateTime now) {
        lists.record(new CatalogueChange(Ids.newId(), m.agencyId(), "MATTER", m.id(), m.code(), action, m.version(),
                reason, actor, now, snapshot(m)));
    }

    private String snapshot(Object value) {
        return json.writeValueAsString(value);
    }

    private static String reasonOr(String reason, String fallbackKey) {
        return MatterRules.blank(reason) ? "#" + fallbackKey : limit(reason);
    }

    private static String limit(String reason) {
        String r = reason.strip();
        return r.length() > 300 ? r.substring(0, 300) : r;
    }

    static DiscretionDraft draftOf(DiscretionLevel l) {
        return new DiscretionDraft(l.level().name(), l.label(),
                l.circumstances().stream()
                        .map(c -> new DiscretionDraft.CircumstanceDraft(c.code(), c.description())).toList(),
                l.penalties().stream().map(Enum::name).toList(), l.fine() == null ? null : l.fine().basis().name(),
                l.fine() == null ? null : l.fine().min(), l.fine() == null ? null : l.fine().max(), l.description());
    }

    /** Codes of agencies that have a catalogue; for the portal's agency list. */
    public Set<String> agenciesWithMatters() {
        Set<String> result = new HashSet<>();
        for (Agency a : organization.agencies()) {
            if (!matters.idsOf(a.id()).isEmpty()) {
                result.add(a.id());
            }
        }
        return result;
    }
}
