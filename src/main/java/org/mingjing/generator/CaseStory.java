package org.mingjing.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseEnums;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.Party;
import org.mingjing.cases.PenaltySettings;
import org.mingjing.cases.Steps;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Officer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells one synthetic penalty case (行政处罚) from filing to where it stands on the last day of the window, act by
 * act in the order and with the gates of the real workflow ({@code org.mingjing.cases.Cases}), and writes the rows
 * that workflow would have written: the case, its parties and officers, its steps with their content as the same
 * JSON, its deadlines from the statutory calendar and its numbered documents. What the law requires holds for
 * every case:
 *
 * <ul>
 * <li>two or three officers of the agency, in active service, whose certificates are valid on every day of the
 * case (行政处罚法 Art. 42); certificates shown at every inquiry and inspection (Art. 55);</li>
 * <li>a matter of the agency's own catalogue; the act within the limitation period (Art. 36);</li>
 * <li>general procedure: investigation before the notice (Art. 54), the notice before a penalty (Art. 44), the
 * five working days for a statement or hearing request (Art. 64), a hearing only where Art. 63 gives the right,
 * notified seven working days ahead and presided over by an officer who did not investigate, nothing heavier
 * decided than notified (Art. 45), collective deliberation for large fines and revocations (Art. 57);</li>
 * <li>summary procedure only for a warning or a fine of at most 200 yuan on a citizen or 3,000 yuan on an
 * organisation (Art. 51), decided, served and usually paid on the spot;</li>
 * <li>penalties of the kinds and fines within the bounds of the matter's statute, as {@link Sanctions} chooses
 * them (Art. 27, 33, 34, 57);</li>
 * <li>evidence registered for preservation disposed of within seven working days (Art. 56);</li>
 * <li>service after the decision, electronic only with consent (Art. 61); payment within 15 days, or by the day the
 * agency approved for a deferral or instalments (Art. 66), later with the late fee of 3 % a day capped at the fine
 * and paused while 复议/诉讼 runs (Art. 67, 72, 73);</li>
 * <li>closing once served and paid, archiving with the evaluation score of LAW.md §8.</li>
 * </ul>
 *
 * <p>A few cases stop short on purpose — unpaid fines, open reconsiderations, closed files not yet archived,
 * and now and then a case left lying — so that to-do lists and warnings have something real to show.
 */
final class CaseStory {

    /** Who the rows say entered them, so synthetic data can be told apart (and removed) later. */
    static final String ACTOR = "generator";
    /** Who the rows say released a generated publication: a second person, as the product requires. */
    static final String RELEASER = "generator-releaser";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Fines from which a party is let pay later or in instalments now and then (Art. 66). */
    private static final BigDecimal ARRANGEMENT_FROM = new BigDecimal("10000");

    /** What all stories of a run share. */
    record Setting(Scene scene, Words words, People people, StatutoryCalendar calendar, PenaltySettings settings,
            Titles titles, JsonMapper json, DateTimeFormatter dates, Reviewing reviewing,
            org.mingjing.publicity.PublicationDrafts publications, String township) {
    }

    /**
     * Each agency's review catalogue and time limit in working days, and its legal reviewers (seed §二(三)), by
     * agency id.
     */
    record Reviewing(Map<String, List<org.mingjing.catalogue.ReviewRule>> catalogues, Map<String, Integer> days,
            Map<String, List<Officer>> reviewers) {
    }

    private final Setting s;
    private final Words w;
    private final Words.Mix mix;
    private final Dice d;
    private final DocumentNumbers numbers;
    private final Batch out;
    private final LocalDate until;

    private Scene.Office office;
    private Scene.MatterPlan plan;
    private Matter matter;
    private String caseId;
    private long idPrefix;
    private Party party;
    private List<Party> parties;
    private String facts;
    private String behaviour;
    private List<Officer> officers;
    private String township;
    private String place;
    private Sanctions sanctions;
    private CaseStage stage = CaseStage.FILING;
    private int version;
    private OffsetDateTime lastStamp;
    private OffsetDateTime updatedAt;
    private int seq;
    private int documentCount;
    private final Map<String, LocalDate[]> deadlines = new java.util.LinkedHashMap<>();
    private LocalDate decidedOn;
    private DecisionType decisionType;
    private BigDecimal fine;
    private LocalDate closedOn;
    private LocalDate archivedOn;
    private Integer score;
    private boolean statementRecorded;
    private LocalDate hearingDay;

    CaseStory(Setting setting, Dice dice, DocumentNumbers numbers, Batch out) {
        this.s = setting;
        this.w = setting.words();
        this.mix = w.mix();
        this.d = dice;
        this.numbers = numbers;
        this.out = out;
        this.until = setting.scene().until;
    }

    /**
     * Tells the case filed on the day at the second of the day; false if the agency had no two officers who could
     * act (nothing is written then).
     */
    boolean tell(LocalDate filedOn, int secondOfDay) {
        Scene scene = s.scene();
        office = scene.office(d);
        plan = scene.matter(office, d, filedOn.getMonthValue());
        matter = plan.matter();
        behaviour = d.pick(plan.behaviours());
        List<Officer> acting = office.actingThroughout(filedOn, until);
        if (acting.size() < 2) {
            return false;
        }
        officers = choose(acting, d.chance(mix.thirdOfficer()) && acting.size() > 2 ? 3 : 2);
        String regionCode = office.region() != null ? office.agency().regionCode() : scene.county(d);
        Words.Region region = office.region() != null ? office.region() : w.regions().get(regionCode);
        township = township(region, regionCode);
        place = Words.fill(w.place(), "county", region.county(), "township", township, "village",
                d.pick(w.villages()));
        String address = d.chance(0.55) ? Words.fill(w.villageAddress(), "place", place, "n", d.between(1, 12) + "")
                : Words.fill(w.streetAddress(), "county", region.county(), "street", d.pick(region.streets()), "n",
                        d.between(1, 260) + "");
        Words.PartyKind kind = w.partyKinds().get(d.weighted(plan.partyKinds()));
        boolean natural = "NATURAL_PERSON".equals(kind.type());
        party = natural ? s.people().person(d, PartyRole.PARTY, regionCode, address, filedOn)
                : s.people().organisation(d, kind, office.namePrefix(), regionCode, address);

        sanctions = new Sanctions(d, w, plan);
        Sanctions.Plan p = sanctions.plan(natural ? PartyType.NATURAL_PERSON : party.type());
        LocalDate occurredOn = filedOn.minusDays(Math.min(600, (long) (-Math.log(1 - d.unit()) * 14)));
        LocalDate continuingUntil = d.chance(mix.continuing()) && occurredOn.isBefore(filedOn)
                ? occurredOn.plusDays(d.between(1, (int) Math.max(1, filedOn.toEpochDay() - occurredOn.toEpochDay())))
                : null;
        Source source = Source.valueOf(d.weighted(mix.sources()));

        int year = filedOn.getYear();
        String number = s.titles().number(office.agency().shortName(), "FILING", year,
                numbers.next(office.agency().id(), "FILING", year));
        OffsetDateTime createdAt = filedOn.atStartOfDay().plusSeconds(secondOfDay).atOffset(CHINA);
        idPrefix = createdAt.toInstant().toEpochMilli();
        caseId = id(number);
        lastStamp = createdAt;
        updatedAt = createdAt;
        facts = facts(source, filedOn, occurredOn, regionCode, region);

        parties = new ArrayList<>();
        parties.add(party);
        if (d.chance(mix.witness())) {
            parties.add(s.people().witness(d, place));
        }
        for (int i = 0; i < parties.size(); i++) {
            out.party(caseId, i, parties.get(i));
        }
        for (int i = 0; i < officers.size(); i++) {
            out.officer(caseId, officers.get(i).id(), i);
        }
        if (p.procedure() == ProcedureKind.GENERAL) {
            deadline(PeriodRule.PENALTY_DECISION,
                    s.calendar().deadline(filedOn, PeriodRule.PENALTY_DECISION).deadline());
        }
        document("FILING_APPROVAL", number, null, filedOn, createdAt);

        if (p.procedure() == ProcedureKind.SUMMARY) {
            summary(p, filedOn);
        } else {
            general(p, filedOn);
        }

        publicationRow();
        for (Map.Entry<String, LocalDate[]> e : deadlines.entrySet()) {
            out.deadline(caseId, e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        boolean seriousHarm = d.chance(mix.seriousHarm());
        out.files.add(new Object[] { caseId, office.agency().id(), number, MatterCategory.ADMINISTRATIVE_PENALTY.name(),
                p.procedure().name(), matter.id(), matter.code(), matter.name(), source.name(), facts,
                Batch.date(occurredOn), Batch.date(continuingUntil), seriousHarm, Batch.date(filedOn), place,
                Batch.money(sanctions.income()), Batch.money(sanctions.turnover()), stage.name(), Batch.date(decidedOn),
                decisionType == null ? null : decisionType.name(), fine, Batch.date(closedOn), Batch.date(archivedOn),
                score, createdAt, ACTOR, updatedAt, version });
        return true;
    }

    // ------------------------------------------------------------------ the procedures

    /** 简易程序: on the spot, an inspection record perhaps, the decision, service and usually payment (Art. 51–52). */
    private void summary(Sanctions.Plan p, LocalDate filedOn) {
        if (d.chance(0.5)) {
            record(RecordKind.ON_SITE_INSPECTION, filedOn);
        }
        decide(p, filedOn);
        serveAndExecute(p, filedOn, ServiceMethod.DIRECT);
    }

    /** 普通程序: investigation, notice, statement or hearing, deliberation, decision, then service and execution. */
    private void general(Sanctions.Plan p, LocalDate filedOn) {
        int stallAfter = d.chance(mix.stalled()) ? d.between(1, 3) : 0;
        if (stallAfter == 1) {
            return;
        }
        LocalDate day = d.chance(0.3) ? filedOn : later(filedOn, 1, 8);
        int records = 1 + (d.chance(mix.secondRecord()) ? 1 : 0);
        LocalDate lastRecord = day;
        for (int i = 0; i < records; i++) {
            if (!open(day)) {
                return;
            }
            record(RecordKind.valueOf(d.weighted(mix.records())), day);
            lastRecord = day;
            day = later(day, 1, 10);
        }
        if (matter.penaltyKinds().contains(PenaltyKind.CONFISCATION) && d.chance(mix.preservation())) {
            LocalDate disposed = preserve(lastRecord);
            if (disposed == null) {
                return;
            }
            day = disposed.isBefore(day) ? day : later(disposed, 1, 5);
        }
        if (stallAfter == 2) {
            return;
        }
        if (p.type() != DecisionType.PENALTY) {
            LocalDate decisionDay = later(day, 2, 20);
            if (open(decisionDay)) {
                decide(p, decisionDay);
                if (p.type() == DecisionType.TRANSFER) {
                    closeAndArchive(later(decisionDay, 5, 30));
                } else {
                    serveAndExecute(p, serviceDay(decisionDay), null);
                }
            }
            return;
        }
        LocalDate servedOn = later(day, 2, 15);
        if (!open(servedOn)) {
            return;
        }
        boolean hearingRight = Sanctions.hearingRight(p.penalties(), party.type(), s.settings());
        notice(p, servedOn, hearingRight);
        LocalDate periodEnd = s.calendar().deadline(servedOn, PeriodRule.HEARING_REQUEST).deadline();
        LocalDate last = servedOn;
        boolean statementMade = false;
        boolean waived = true;
        if (d.chance(mix.statement())) {
            LocalDate receivedOn = workingDay(servedOn.plusDays(d.between(1,
                    (int) Math.max(1, periodEnd.toEpochDay() - servedOn.toEpochDay()))));
            if (receivedOn.isAfter(periodEnd)) {
                receivedOn = periodEnd;
            }
            if (!open(receivedOn)) {
                return;
            }
            waived = d.chance(mix.statementWaived());
            Officer presiding = hearingRight && !waived && d.chance(mix.hearingWhenEntitled()) ? presiding(receivedOn)
                    : null;
            statement(receivedOn, waived, presiding != null);
            statementMade = true;
            last = receivedOn;
            if (presiding != null) {
                LocalDate noticeOn = later(receivedOn, 1, 3);
                LocalDate heldOn = workingDay(noticeOn.plusDays(9 + d.between(0, 6)));
                while (s.calendar().deadline(heldOn, PeriodRule.HEARING_NOTICE).deadline().isBefore(noticeOn)) {
                    heldOn = workingDay(heldOn.plusDays(1));
                }
                if (!open(heldOn) || !presiding.mayActOn(heldOn)) {
                    return;
                }
                hearing(noticeOn, heldOn, presiding);
                hearingDay = heldOn;
                last = heldOn;
            }
        }
        if (stallAfter == 3) {
            return;
        }
        List<Penalty> decided = p.penalties();
        if (statementMade && !waived && d.chance(mix.reducedAfterStatement())) {
            decided = sanctions.reduced(decided, p.level());
        }
        Sanctions.Plan finalPlan = new Sanctions.Plan(p.procedure(), p.type(), p.level(), decided);
        Steps.Decision content = content(finalPlan);
        boolean hearingHeld = hearingDay != null;
        if (org.mingjing.review.MajorDecisions.major(s.reviewing().catalogues().getOrDefault(office.agency().id(),
                List.of()), matter, decided, hearingHeld)) {
            LocalDate passed = review(content, last);
            if (passed == null) {
                return;
            }
            last = passed;
        }
        BigDecimal fineTotal = Sanctions.total(decided, PenaltyKind.FINE);
        boolean deliberationRequired = fineTotal.compareTo(s.settings().deliberationFine()) >= 0
                || decided.stream().anyMatch(x -> x.kind() == PenaltyKind.REVOCATION);
        boolean serious = p.level() != null && p.level().level().compareTo(CircumstanceLevel.SERIOUS) >= 0;
        if (deliberationRequired || serious && d.chance(mix.extraDeliberation())) {
            LocalDate heldOn = later(last, 1, 7);
            if (!open(heldOn)) {
                return;
            }
            deliberation(heldOn, finalPlan);
            last = heldOn;
        }
        LocalDate decisionDay = later(last, 1, 6);
        if (!statementMade && !decisionDay.isAfter(periodEnd)) {
            decisionDay = later(periodEnd, 1, 4);
        }
        if (!open(decisionDay)) {
            return;
        }
        decide(finalPlan, decisionDay, content);
        serveAndExecute(finalPlan, serviceDay(decisionDay), null);
    }

    private LocalDate serviceDay(LocalDate decidedOn) {
        return d.chance(0.45) ? decidedOn : later(decidedOn, 1, 6);
    }

    /** Service, then payment of a fine, a remedy now and then, closing and archiving, as far as the window goes. */
    private void serveAndExecute(Sanctions.Plan p, LocalDate servedOn, ServiceMethod forced) {
        ServiceMethod method = forced != null ? forced : ServiceMethod.valueOf(d.weighted(mix.services()));
        if (method == ServiceMethod.PUBLIC_NOTICE) {
            servedOn = workingDay(servedOn.plusDays(30 + d.between(0, 10)));
        }
        if (!open(servedOn)) {
            return;
        }
        serve(method, servedOn);
        LocalDate last = servedOn;
        LocalDate remedyFrom = null;
        LocalDate remedyUntil = null;
        if (d.chance(mix.remedy())) {
            remedyFrom = servedOn.plusDays(d.between(5, 55));
            boolean ongoing = d.chance(mix.remedyOngoing());
            remedyUntil = ongoing ? null : remedyFrom.plusDays(d.between(30, 80));
            if (!open(remedyFrom)) {
                return;
            }
            boolean litigation = d.chance(0.3);
            String kind = litigation ? "LITIGATION" : "RECONSIDERATION";
            String remedyStep = step(Steps.REMEDY, stage, remedyFrom, new Steps.Remedy(kind, remedyFrom,
                    remedyUntil != null && remedyUntil.isAfter(until) ? null : remedyUntil));
            if (remedyUntil == null || remedyUntil.isAfter(until)) {
                return;
            }
            step(Steps.REMEDY_OUTCOME, stage, remedyUntil, new Steps.RemedyOutcome(remedyStep, kind,
                    remedyOutcome(), remedyUntil));
            last = remedyUntil;
        }
        if (fine != null) {
            LocalDate due = deadlines.get(PeriodRule.FINE_PAYMENT.code())[0];
            if (d.chance(mix.unpaid())) {
                return;
            }
            LocalDate paidInFull;
            if (remedyFrom != null || d.chance(mix.latePayment())) {
                LocalDate paidOn = (remedyUntil != null ? remedyUntil : due).plusDays(d.between(1, 25));
                if (!paidOn.isAfter(due)) {
                    paidOn = due.plusDays(1);
                }
                if (!open(paidOn)) {
                    return;
                }
                BigDecimal fee = Sanctions.lateFee(fine, due, paidOn, remedyFrom, remedyUntil);
                step(Steps.PAYMENT, CaseStage.EXECUTION, paidOn, new Steps.Payment(Batch.money(fine.add(fee)), paidOn));
                paidInFull = paidOn;
            } else if (d.chance(mix.arrangement()) && fine.compareTo(ARRANGEMENT_FROM) >= 0) {
                paidInFull = arrangeAndPay(servedOn, due);
                if (paidInFull == null) {
                    return;
                }
            } else {
                LocalDate paidOn = p.procedure() == ProcedureKind.SUMMARY && d.chance(0.6) ? servedOn
                        : servedOn.plusDays(d.between(0, (int) (due.toEpochDay() - servedOn.toEpochDay())));
                if (!open(paidOn)) {
                    return;
                }
                step(Steps.PAYMENT, CaseStage.EXECUTION, paidOn, new Steps.Payment(fine, paidOn));
                paidInFull = paidOn;
            }
            satisfy(PeriodRule.FINE_PAYMENT, paidInFull);
            last = paidInFull.isAfter(last) ? paidInFull : last;
        }
        closeAndArchive(later(last, 2, 25));
    }

    /**
     * 延期或者分期缴纳 (行政处罚法 Art. 66): on the party's application the agency approves, before the fine falls due,
     * a later day or instalments; the payment then falls due on that day (the workflow moves the FINE_PAYMENT
     * deadline), and the fine is paid by it. Returns the day it was paid in full, or null if that is after the window.
     */
    private LocalDate arrangeAndPay(LocalDate servedOn, LocalDate due) {
        LocalDate approvedOn = servedOn.plusDays(
                d.between(1, (int) Math.max(1, due.toEpochDay() - servedOn.toEpochDay())));
        if (approvedOn.isAfter(due)) {
            approvedOn = due;
        }
        LocalDate newDue = due.plusDays(d.between(20, 90));
        boolean instalments = d.chance(0.6);
        if (!open(approvedOn)) {
            return null;
        }
        step(Steps.ARRANGEMENT, CaseStage.EXECUTION, approvedOn,
                new Steps.Arrangement(instalments ? "INSTALMENT" : "DEFERRAL", approvedOn, newDue));
        deadline(PeriodRule.FINE_PAYMENT, newDue);
        int parts = instalments ? 3 : 1;
        BigDecimal part = fine.divide(BigDecimal.valueOf(parts), 0, RoundingMode.DOWN);
        long span = newDue.toEpochDay() - approvedOn.toEpochDay();
        LocalDate paidOn = approvedOn;
        for (int i = 1; i <= parts; i++) {
            LocalDate next = approvedOn.plusDays(span * i / parts - d.between(0, (int) Math.min(5, span / parts)));
            paidOn = next.isBefore(paidOn) ? paidOn : next;
            if (!open(paidOn)) {
                return null;
            }
            BigDecimal amount = i < parts ? part : fine.subtract(part.multiply(BigDecimal.valueOf(parts - 1L)));
            step(Steps.PAYMENT, CaseStage.EXECUTION, paidOn, new Steps.Payment(Batch.money(amount), paidOn));
        }
        return paidOn;
    }

    /**
     * 先行登记保存 (行政处罚法 Art. 56): evidence that may be lost is registered for preservation with the head's
     * approval on the day of a record, and disposed of within seven working days. Returns the day of disposal, or
     * null if that is after the window.
     */
    private LocalDate preserve(LocalDate on) {
        step(Steps.PRESERVATION, CaseStage.INVESTIGATION, on, new Steps.Preservation(on,
                Words.fill(d.pick(w.preservationItems()), "n", String.valueOf(d.between(2, 60)))));
        LocalDate due = s.calendar().deadline(on, PeriodRule.PRESERVATION_DISPOSAL).deadline();
        deadline(PeriodRule.PRESERVATION_DISPOSAL, due);
        LocalDate disposed = workingDay(
                on.plusDays(d.between(1, (int) Math.max(1, due.toEpochDay() - on.toEpochDay()))));
        if (disposed.isAfter(due)) {
            disposed = due;
        }
        if (!open(disposed)) {
            return null;
        }
        step(Steps.DISPOSAL, stage, disposed, new Steps.Disposal(disposed, d.pick(w.disposalOutcomes())));
        satisfy(PeriodRule.PRESERVATION_DISPOSAL, disposed);
        return disposed;
    }

    private void closeAndArchive(LocalDate closeOn) {
        if (!open(closeOn)) {
            return;
        }
        step(Steps.CLOSE, CaseStage.CLOSED, closeOn, new Steps.Close(closeOn, null));
        OffsetDateTime at = lastStamp;
        stage = CaseStage.CLOSED;
        closedOn = closeOn;
        changed(at);
        document("CLOSING_REPORT", null, null, closeOn, at);
        if (d.chance(mix.closedNotArchived())) {
            return;
        }
        LocalDate archiveOn = later(closeOn, 3, 45);
        if (!open(archiveOn)) {
            return;
        }
        List<String> deductions = new ArrayList<>();
        if (decisionType == DecisionType.PENALTY && deadlines.containsKey(PeriodRule.HEARING_REQUEST.code())
                && !statementRecorded) {
            deductions.add("NO_STATEMENT_RECORDED");
        }
        score = 100 - 5 * deductions.size();
        step(Steps.ARCHIVE, CaseStage.ARCHIVED, archiveOn, new Steps.Archive(archiveOn, score, deductions));
        at = lastStamp;
        stage = CaseStage.ARCHIVED;
        archivedOn = archiveOn;
        changed(at);
        document("FILE_COVER", null, null, archiveOn, at);
        document("FILE_INDEX", null, null, archiveOn, at);
    }

    // ------------------------------------------------------------------ the acts

    private void record(RecordKind kind, LocalDate on) {
        String person = party.type() == PartyType.NATURAL_PERSON ? party.name() : party.legalRepresentative();
        String names = names(officers);
        String content = switch (kind) {
            case INQUIRY -> Words.fill(w.inquiry(), "agency", office.agency().name(), "officers", names, "behaviour",
                    behaviour, "answer", Words.fill(d.pick(w.answers()), "since", s.dates().format(on.minusDays(
                            d.between(20, 200)))));
            case SAMPLING -> Words.fill(w.sampling(), "officers", names, "person", person, "place", place, "n",
                    String.valueOf(d.between(1, 6)));
            default -> Words.fill(w.inspection(), "officers", names, "person", person, "place", place, "finding",
                    Words.fill(d.pick(w.findings()), "n", String.valueOf(d.between(2, 40))), "n",
                    String.valueOf(d.between(3, 24)));
        };
        String stepId = step(Steps.RECORD, CaseStage.INVESTIGATION, on, new Steps.Record(kind,
                officers.stream().map(Officer::id).toList(), true, person, place, content));
        if (stage == CaseStage.FILING) {
            stage = CaseStage.INVESTIGATION;
            changed(lastStamp);
        }
        document(kind == RecordKind.INQUIRY ? "INQUIRY_RECORD" : "INSPECTION_RECORD", null, stepId, on, lastStamp);
    }

    private void notice(Sanctions.Plan p, LocalDate servedOn, boolean hearingRight) {
        String stepId = step(Steps.NOTICE, CaseStage.REVIEW, servedOn,
                new Steps.Notice(servedOn, p.penalties(), plan.basis(), hearingRight));
        stage = CaseStage.REVIEW;
        changed(lastStamp);
        deadline(PeriodRule.HEARING_REQUEST, s.calendar().deadline(servedOn, PeriodRule.HEARING_REQUEST).deadline());
        document("PRIOR_NOTICE", number("NOTICE", servedOn.getYear()), stepId, servedOn, lastStamp);
    }

    private void statement(LocalDate receivedOn, boolean waived, boolean hearingRequested) {
        step(Steps.STATEMENT, CaseStage.REVIEW, receivedOn, new Steps.Statement(receivedOn,
                waived ? null : d.pick(w.statements()), waived, hearingRequested));
        satisfy(PeriodRule.HEARING_REQUEST, receivedOn);
        statementRecorded = true;
    }

    private void hearing(LocalDate noticeOn, LocalDate heldOn, Officer presiding) {
        String stepId = step(Steps.HEARING, CaseStage.REVIEW, heldOn, new Steps.Hearing(noticeOn, heldOn,
                Words.fill(d.pick(w.hearingPlaces()), "agency", office.agency().name()), presiding.id(),
                Words.fill(w.hearingRecord(), "presiding", presiding.name(), "party", party.name())));
        document("HEARING_NOTICE", number("HEARING", noticeOn.getYear()), stepId, noticeOn, lastStamp);
    }

    private void deliberation(LocalDate heldOn, Sanctions.Plan p) {
        String label = p.level() == null ? "" : p.level().label();
        step(Steps.DELIBERATION, CaseStage.REVIEW, heldOn, new Steps.Deliberation(heldOn,
                Words.fill(d.pick(w.deliberationParticipants()), "officers", names(officers)),
                Words.fill(w.deliberationConclusion(), "level", label, "penalties", penaltyText(p.penalties()))));
    }

    /**
     * 法制审核 (seed §二(三), 行政处罚法第五十八条): a major decision goes to a qualified legal reviewer of the agency who
     * did not handle the case, before the heads deliberate and decide. In a share of cases the first round finds
     * problems, which the unit answers one by one and resubmits. Returns the day the review passed, or null when the
     * window closed first (or the agency has no reviewer who may take it): the review then stands open, pending or
     * returned, as the reviewers' queue shows it, and the case waits in the review stage.
     */
    private LocalDate review(Steps.Decision content, LocalDate from) {
        String agencyId = office.agency().id();
        List<Officer> reviewers = s.reviewing().reviewers().getOrDefault(agencyId, List.of()).stream()
                .filter(r -> officers.stream().noneMatch(o -> o.id().equals(r.id()))).toList();
        LocalDate submitted = later(from, 1, 5);
        if (reviewers.isEmpty() || !open(submitted)) {
            return null;
        }
        Words.ReviewWords rw = w.review();
        Officer reviewer = d.pick(reviewers);
        String reviewId = id(caseId + "/review");
        String explanation = Words.fill(d.pick(rw.explanations()), "party", party.name(), "behaviour", behaviour,
                "penalties", penaltyText(content.penalties()), "hearing", hearingDay == null ? rw.noHearingSentence()
                        : Words.fill(rw.hearingSentence(), "date", s.dates().format(hearingDay)));
        int days = s.reviewing().days().getOrDefault(agencyId, 5);
        LocalDate due = reviewDue(submitted, days);
        List<org.mingjing.review.ReviewSteps.PacketItem> packet = packet();
        step(org.mingjing.review.ReviewSteps.SUBMISSION, CaseStage.REVIEW, submitted,
                new org.mingjing.review.ReviewSteps.Submission(reviewId, 1, explanation, content, packet,
                        rw.responsibility(), due));
        OffsetDateTime submittedAt = lastStamp;
        int round = 1;
        LocalDate roundOn = submitted;
        LocalDate opinionOn = later(submitted, 1, days + 1);
        if (!open(opinionOn)) {
            reviewRow(reviewId, "PENDING", round, explanation, content, submittedAt, roundOn, due, null, null);
            return null;
        }
        if (d.chance(rw.problemsFound())) {
            int first = d.between(0, rw.problems().size() - 1);
            int count = d.chance(0.4) ? 2 : 1;
            List<String> problems = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                problems.add(rw.problems().get((first + i) % rw.problems().size()));
                answers.add(rw.answers().get((first + i) % rw.answers().size()));
            }
            opinion(reviewId, round, reviewer, org.mingjing.review.Verdict.PROBLEMS_FOUND, problems, opinionOn);
            LocalDate answeredOn = later(opinionOn, 1, 6);
            if (!open(answeredOn)) {
                reviewRow(reviewId, "RETURNED", round, explanation, content, submittedAt, roundOn, due,
                        reviewer.id(), null);
                return null;
            }
            round = 2;
            roundOn = answeredOn;
            due = reviewDue(answeredOn, days);
            step(org.mingjing.review.ReviewSteps.RESUBMISSION, CaseStage.REVIEW, answeredOn,
                    new org.mingjing.review.ReviewSteps.Resubmission(reviewId, round, rw.response(), answers, content,
                            packet, due));
            opinionOn = later(answeredOn, 1, days);
            if (!open(opinionOn)) {
                reviewRow(reviewId, "PENDING", round, explanation, content, submittedAt, roundOn, due, reviewer.id(),
                        null);
                return null;
            }
        }
        opinion(reviewId, round, reviewer, org.mingjing.review.Verdict.APPROVED, List.of(), opinionOn);
        reviewRow(reviewId, "APPROVED", round, explanation, content, submittedAt, roundOn, due, reviewer.id(),
                opinionOn);
        return opinionOn;
    }

    private LocalDate reviewDue(LocalDate from, int days) {
        return s.calendar().deadline(from, days, org.mingjing.calendar.PeriodUnit.WORKING_DAYS).deadline();
    }

    /** What the packet sent for review holds, as the review module checks it (seed §二(三)4). */
    private List<org.mingjing.review.ReviewSteps.PacketItem> packet() {
        return List.of(new org.mingjing.review.ReviewSteps.PacketItem("EVIDENCE", true, true, null),
                new org.mingjing.review.ReviewSteps.PacketItem("NOTICE", true, true, null),
                new org.mingjing.review.ReviewSteps.PacketItem("STATEMENT", true, true, null),
                new org.mingjing.review.ReviewSteps.PacketItem("HEARING_RECORD", hearingDay != null,
                        hearingDay != null, hearingDay == null ? null : hearingDay.toString()),
                new org.mingjing.review.ReviewSteps.PacketItem("DELIBERATION_MINUTES", false, false, null));
    }

    private void opinion(String reviewId, int round, Officer reviewer, org.mingjing.review.Verdict verdict,
            List<String> problems, LocalDate on) {
        Words.ReviewWords rw = w.review();
        List<org.mingjing.review.ReviewSteps.Check> checks = new ArrayList<>();
        for (org.mingjing.review.ReviewArea area : org.mingjing.review.ReviewArea.values()) {
            boolean ok = verdict == org.mingjing.review.Verdict.APPROVED
                    || area != org.mingjing.review.ReviewArea.FACTS_EVIDENCE;
            checks.add(new org.mingjing.review.ReviewSteps.Check(area, ok, ok ? rw.approvedNote() : rw.problemNote()));
        }
        String stepId = step(org.mingjing.review.ReviewSteps.OPINION, CaseStage.REVIEW, on,
                new org.mingjing.review.ReviewSteps.Opinion(reviewId, round, reviewer.id(), reviewer.name(), verdict,
                        checks, problems, null));
        document("LEGAL_REVIEW_OPINION", number("LEGAL_REVIEW", on.getYear()), stepId, on, lastStamp);
    }

    private void reviewRow(String reviewId, String status, int round, String explanation, Steps.Decision content,
            OffsetDateTime submittedAt, LocalDate roundOn, LocalDate due, String reviewerId, LocalDate approvedOn) {
        out.review(new Object[] { reviewId, caseId, office.agency().id(), status, round, explanation,
                s.json().writeValueAsString(content), ACTOR, submittedAt, Batch.date(roundOn), Batch.date(due),
                reviewerId, approvedOn == null ? null : "OPINION", Batch.date(approvedOn), lastStamp });
    }

    private void decide(Sanctions.Plan p, LocalDate on) {
        decide(p, on, content(p));
    }

    /** What the decision says apart from its day: drawn once, so that a legal review passes exactly it. */
    private Steps.Decision content(Sanctions.Plan p) {
        String basis = switch (p.type()) {
            case PENALTY -> plan.basis();
            case NO_PENALTY_MINOR -> w.noPenaltyMinorBasis();
            case NO_PENALTY_UNPROVEN -> w.noPenaltyUnprovenBasis();
            case TRANSFER -> w.transferBasis();
        };
        List<String> circumstances = p.level() == null || p.type() == DecisionType.NO_PENALTY_UNPROVEN ? List.of()
                : List.of(d.pick(p.level().circumstances()).code());
        String note = p.type() == DecisionType.PENALTY && p.level() != null
                ? Words.fill(w.discretionNote(), "level", p.level().label()) : null;
        return new Steps.Decision(null, p.type(), p.penalties(), basis, circumstances, note);
    }

    private void decide(Sanctions.Plan p, LocalDate on, Steps.Decision content) {
        String stepId = step(Steps.DECISION, CaseStage.DECISION, on, new Steps.Decision(on, content.type(),
                content.penalties(), content.basis(), content.circumstances(), content.discretionNote()));
        decidedOn = on;
        decisionType = p.type();
        BigDecimal total = Sanctions.total(p.penalties(), PenaltyKind.FINE);
        fine = total.signum() > 0 ? Batch.money(total) : null;
        stage = p.type() == DecisionType.TRANSFER ? CaseStage.EXECUTION : CaseStage.SERVICE;
        changed(lastStamp);
        satisfy(PeriodRule.PENALTY_DECISION, on);
        satisfy(PeriodRule.HEARING_REQUEST, on);
        if (p.type() != DecisionType.TRANSFER) {
            deadline(PeriodRule.DELIVERY_TO_ABSENT_PARTY,
                    s.calendar().deadline(on, PeriodRule.DELIVERY_TO_ABSENT_PARTY).deadline());
        }
        String kind = switch (p.type()) {
            case PENALTY -> "PENALTY";
            case NO_PENALTY_MINOR, NO_PENALTY_UNPROVEN -> "NO_PENALTY";
            case TRANSFER -> "TRANSFER";
        };
        String documentKind = p.type() == DecisionType.PENALTY ? "PENALTY_DECISION" : "OTHER_DECISION";
        String number = number(kind, on.getYear());
        document(documentKind, number, stepId, on, lastStamp);
        publication(new Steps.Decision(on, content.type(), content.penalties(), content.basis(),
                content.circumstances(), content.discretionNote()), id(caseId + "#" + documentCount), documentKind,
                number);
    }

    /**
     * The decision's publication (事后公开, seed §二(一)4), made as the product makes it: blocked for a minor, else
     * released by a second person mostly within the 7 working days, some late, the newest not yet; expired when its
     * retention ended within the window. Its acts are steps of the case like every other, each in its place in time
     * among the case's other steps ({@link #publicationUntil}); the row is written when the story ends.
     */
    private void publication(Steps.Decision decision, String documentId, String documentKind, String number) {
        org.mingjing.cases.CaseFile c = new org.mingjing.cases.CaseFile(caseId, office.agency().id(), null,
                MatterCategory.ADMINISTRATIVE_PENALTY, null, matter.id(), matter.code(), matter.name(), null, facts,
                null, null, false, null, place, null, null, stage, decidedOn, decisionType, fine, null, null, null,
                parties, officers.stream().map(Officer::id).toList(), version);
        org.mingjing.publicity.PublicationDrafts.Draft draft = s.publications().draft(c, office.agency(), decision,
                number, s.titles().document(documentKind));
        LocalDate on = decision.decidedOn();
        pub = new PendingPublication(id(caseId + "@publication"), documentId, number, decision.type().name(), on,
                draft);
        pub.created = lastStamp;
        step("PUBLICATION_CREATED", CaseStage.DECISION, on, publicationStep("status",
                draft.blockedCode() == null ? "PENDING" : "BLOCKED", "reasonCode", draft.blockedCode(), "dueBy",
                draft.dueBy().toString()));
        if (draft.blockedCode() == null) {
            int days = d.chance(0.88) ? d.between(1, 7) : d.between(8, 14);
            pub.release = s.calendar().deadline(on, days, org.mingjing.calendar.PeriodUnit.WORKING_DAYS).deadline();
        }
    }

    /** A generated publication while its story runs: what is due to happen to it, and what has. */
    private static final class PendingPublication {
        final String id;
        final String documentId;
        final String number;
        final String decisionType;
        final LocalDate decidedOn;
        final org.mingjing.publicity.PublicationDrafts.Draft draft;
        OffsetDateTime created;
        LocalDate release;
        boolean released;
        LocalDate expiresOn;
        boolean expired;
        OffsetDateTime publishedAt;
        OffsetDateTime publicChange;

        PendingPublication(String id, String documentId, String number, String decisionType, LocalDate decidedOn,
                org.mingjing.publicity.PublicationDrafts.Draft draft) {
            this.id = id;
            this.documentId = documentId;
            this.number = number;
            this.decisionType = decisionType;
            this.decidedOn = decidedOn;
            this.draft = draft;
        }
    }

    private PendingPublication pub;
    private boolean publishing;

    /** Records what happened to the publication up to and including the day, before a later step of the case. */
    private void publicationUntil(LocalDate day) {
        if (pub == null || publishing) {
            return;
        }
        publishing = true;
        try {
            if (pub.release != null && !pub.released && !pub.release.isAfter(day) && !pub.release.isAfter(until)) {
                pub.released = true;
                pub.expiresOn = pub.release.plusMonths(pub.draft.retentionMonths());
                step("PUBLICATION_RELEASED", CaseStage.DECISION, pub.release, publicationStep("enteredBy", ACTOR,
                        "reviewedBy", RELEASER, "releasedBy", RELEASER, "dueBy", pub.draft.dueBy().toString(),
                        "onTime", String.valueOf(!pub.release.isAfter(pub.draft.dueBy())), "expiresOn",
                        pub.expiresOn.toString(), "maskedText", pub.draft.masked()));
                pub.publishedAt = lastStamp;
                pub.publicChange = lastStamp;
                out.revisions.add(new Object[] { pub.id, pub.draft.masked(), pub.draft.original(), RELEASER,
                        lastStamp });
            }
            LocalDate expiry = pub.expiresOn == null ? null : pub.expiresOn.plusDays(1);
            if (pub.released && !pub.expired && !expiry.isAfter(day) && !expiry.isAfter(until)) {
                pub.expired = true;
                step("PUBLICATION_EXPIRED", CaseStage.DECISION, expiry,
                        publicationStep("expiresOn", pub.expiresOn.toString()));
                pub.publicChange = lastStamp;
            }
        } finally {
            publishing = false;
        }
    }

    /** Writes the publication's row as the story left it. */
    private void publicationRow() {
        if (pub == null) {
            return;
        }
        publicationUntil(until);
        org.mingjing.publicity.PublicationDrafts.Draft draft = pub.draft;
        String status = draft.blockedCode() != null ? "BLOCKED" : pub.expired ? "EXPIRED"
                : pub.released ? "PUBLISHED" : "PENDING";
        String reason = pub.expired ? s.publications().expiryReason(pub.expiresOn) : draft.blockedReason();
        String reasonCode = pub.expired ? "EXPIRED" : draft.blockedCode();
        String releasedBy = pub.released ? RELEASER : null;
        out.publications.add(new Object[] { pub.id, caseId, pub.documentId, office.agency().id(),
                office.agency().name(), MatterCategory.ADMINISTRATIVE_PENALTY.name(), pub.decisionType,
                draft.penaltyKinds(), status, reason, reasonCode, Batch.date(pub.decidedOn), Batch.date(draft.dueBy()),
                draft.title(), draft.partyName(), pub.number, draft.original(), draft.masked(), draft.findings(), ACTOR,
                releasedBy, releasedBy, Batch.date(pub.released ? pub.release : null), pub.publishedAt,
                Batch.date(pub.expiresOn), pub.created, pub.publicChange, lastStamp });
    }

    private Map<String, String> publicationStep(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("publicationId", pub.id);
        m.put("documentId", pub.documentId);
        m.put("number", pub.number);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private void serve(ServiceMethod method, LocalDate on) {
        String recipient = party.type() == PartyType.NATURAL_PERSON ? party.name() : party.legalRepresentative();
        String witnesses = method == ServiceMethod.LIEN ? Words.fill(w.witnesses(), "township", township, "name1",
                s.people().personName(d, false), "name2", s.people().personName(d, true)) : null;
        String stepId = step(Steps.SERVICE, CaseStage.SERVICE, on,
                new Steps.Service(method, on, recipient, method == ServiceMethod.ELECTRONIC, witnesses));
        stage = CaseStage.EXECUTION;
        changed(lastStamp);
        satisfy(PeriodRule.DELIVERY_TO_ABSENT_PARTY, on);
        if (fine != null) {
            deadline(PeriodRule.FINE_PAYMENT, s.calendar().deadline(on, PeriodRule.FINE_PAYMENT).deadline());
        }
        document("SERVICE_RECEIPT", null, stepId, on, lastStamp);
    }

    // ------------------------------------------------------------------ helpers

    /** Whether the day is inside the window: nothing after its last day has happened yet. */
    private boolean open(LocalDate day) {
        return !day.isAfter(until);
    }

    /** The next working day on or after the day; officers now and then act at a weekend. */
    private LocalDate workingDay(LocalDate day) {
        if (d.chance(mix.weekendAct())) {
            return day;
        }
        LocalDate x = day;
        for (int i = 0; i < 15 && !s.calendar().isWorkingDay(x); i++) {
            x = x.plusDays(1);
        }
        return x;
    }

    private LocalDate later(LocalDate day, int min, int max) {
        return workingDay(day.plusDays(d.between(min, max)));
    }

    private String township(Words.Region region, String regionCode) {
        if (s.township() != null && region.townships().contains(s.township())) {
            return s.township();
        }
        Words.HotSpot hot = w.hotSpot();
        if (hot != null && hot.region().equals(regionCode)) {
            double share = hot.weight() / (hot.weight() + region.townships().size() - 1);
            if (d.chance(share)) {
                return hot.township();
            }
        }
        return d.pick(region.townships());
    }

    private List<Officer> choose(List<Officer> from, int count) {
        List<Officer> pool = new ArrayList<>(from);
        List<Officer> chosen = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(d.between(0, pool.size() - 1)));
        }
        return chosen;
    }

    /** An officer of the agency who is not on the case and may act on the day, to preside over the hearing. */
    private Officer presiding(LocalDate day) {
        List<Officer> free = office.colleagues().stream()
                .filter(o -> !officers.contains(o) && o.mayActOn(day) && o.mayActOn(until)).toList();
        List<Officer> investigators = free.stream().filter(o -> !o.legalReviewer()).toList();
        List<Officer> from = investigators.isEmpty() ? free : investigators;
        return from.isEmpty() ? null : d.pick(from);
    }

    private String facts(Source source, LocalDate filedOn, LocalDate occurredOn, String regionCode,
            Words.Region region) {
        String sourcePhrase = Words.fill(d.pick(w.sourcePhrases().get(source.name())), "county", region.county(),
                "township", township);
        String money = "";
        if (sanctions.income() != null) {
            money = Words.fill(w.incomeSentence(), "amount", sanctions.income().toPlainString());
        } else if (sanctions.turnover() != null) {
            money = Words.fill(w.turnoverSentence(), "amount", sanctions.turnover().toPlainString());
        }
        String detail = Words.fill(d.pick(w.details()), "n", String.valueOf(d.between(2, 12)), "since",
                s.dates().format(occurredOn), "place", place);
        return Words.fill(d.pick(w.facts()), "date", s.dates().format(filedOn), "source", sourcePhrase, "party",
                party.name(), "behaviour", behaviour, "place", place, "detail", detail, "money", money, "law",
                plan.law(), "basis", plan.basis());
    }

    private String names(List<Officer> list) {
        return String.join(w.listSeparator(), list.stream().map(Officer::name).toList());
    }

    private String penaltyText(List<Penalty> penalties) {
        List<String> parts = new ArrayList<>();
        for (Penalty p : penalties) {
            String name = s.titles().penalty(p.kind());
            parts.add(p.amount() == null ? name
                    : Words.fill(w.penaltyWithAmount(), "kind", name, "amount",
                            p.amount().stripTrailingZeros().toPlainString()));
        }
        return String.join(w.listSeparator(), parts);
    }

    private String number(String kind, int year) {
        return s.titles().number(office.agency().shortName(), kind, year,
                numbers.next(office.agency().id(), kind, year));
    }

    /** Appends a step with the next sequence number, recorded a little after the one before; returns its id. */
    /**
     * How a remedy ended, about as often as in published reconsideration statistics: most decisions upheld or the
     * request rejected or withdrawn, about one in seven corrected.
     */
    private CaseEnums.RemedyOutcome remedyOutcome() {
        int roll = d.between(1, 100);
        if (roll <= 55) {
            return CaseEnums.RemedyOutcome.UPHELD;
        } else if (roll <= 70) {
            return CaseEnums.RemedyOutcome.REJECTED;
        } else if (roll <= 78) {
            return CaseEnums.RemedyOutcome.REVOKED;
        } else if (roll <= 82) {
            return CaseEnums.RemedyOutcome.CHANGED;
        } else if (roll <= 85) {
            return CaseEnums.RemedyOutcome.CONFIRMED_ILLEGAL;
        } else if (roll <= 95) {
            return CaseEnums.RemedyOutcome.WITHDRAWN;
        }
        return CaseEnums.RemedyOutcome.SETTLED;
    }

    private String step(String kind, CaseStage stepStage, LocalDate on, Object data) {
        publicationUntil(on);
        seq++;
        String id = id(caseId + "/" + seq);
        out.step(id, caseId, seq, kind, stepStage.name(), on, s.json().writeValueAsString(data), stamp(on), ACTOR);
        return id;
    }

    /**
     * An id in the layout of a version-7 UUID: the filing moment in milliseconds first, then bits hashed from a
     * name unique to the row (the case number, which is unique, and the row's place in the case). Rows of a batch
     * then sit next to each other in every index on ids, which keeps inserting 100,000 cases fast on both
     * databases, and a second run never repeats an id of the first.
     */
    private String id(String name) {
        UUID hashed = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        long msb = idPrefix << 16 | 0x7000L | hashed.getMostSignificantBits() & 0x0FFFL;
        return new UUID(msb, hashed.getLeastSignificantBits()).toString();
    }

    private OffsetDateTime stamp(LocalDate on) {
        OffsetDateTime t = on.atStartOfDay().plusSeconds(s.scene().secondOfDay(d)).atOffset(CHINA);
        if (!t.isAfter(lastStamp)) {
            t = lastStamp.plusMinutes(d.between(3, 40));
        }
        lastStamp = t;
        return t;
    }

    private void changed(OffsetDateTime at) {
        version++;
        updatedAt = at;
    }

    private void document(String kind, String number, String stepId, LocalDate on, OffsetDateTime at) {
        documentCount++;
        String id = id(caseId + "#" + documentCount);
        out.document(id, caseId, kind, number, s.titles().document(kind), stepId, on, at);
    }

    private void deadline(PeriodRule rule, LocalDate due) {
        deadlines.put(rule.code(), new LocalDate[] { due, null });
    }

    private void satisfy(PeriodRule rule, LocalDate on) {
        LocalDate[] d = deadlines.get(rule.code());
        if (d != null && d[1] == null) {
            d[1] = on;
        }
    }
}
