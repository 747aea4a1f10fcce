package org.mingjing.generator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Retrievals;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.Publication;
import org.mingjing.publicity.Publications;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the demo adds to its generated cases on the day it starts, so that the early warnings (issue 8) show every
 * kind whatever that day is: the generated cases end on the word file's last day, and a warning of the last days
 * needs something of the last days. Each act goes through the product's own facades and gates, by the generator's
 * user ({@value CaseStory#ACTOR}):
 *
 * <ul>
 * <li>a burst of recent cases in one township of one county, told by the generator over the days to today (a hot
 * spot, and cases in flight whose deadlines fall near today);</li>
 * <li>a case like a decided one, filed a month ago and decided two weeks ago with a fine at the statute's minimum
 * although the circumstances recorded are those of the standard's heaviest level (a discretion outlier) — with the
 * written reason and the passed legal review such a departure from the standard needs before it is decided;</li>
 * <li>three cases of a county opened today by the city's supervisor, who is not on them, without a reason (unusual
 * retrievals);</li>
 * <li>on two published decisions, a withdrawal reported ten days ago and a correction reported forty days ago, neither
 * done (their deadlines lapsed).</li>
 * </ul>
 * Expired and expiring certificates, reviewer staffing, overdue reviews and the generated cases' lapsed deadlines need
 * nothing more: the demo data set and the generated cases have them.
 */
@Component
class DemoAttention {

    private static final Logger log = LoggerFactory.getLogger(DemoAttention.class);

    /** The demo account that reads the warnings; its openings are the unusual ones. */
    static final String SUPERVISOR = "city.supervisor";
    /** The outlier's reason for departing from the standard: the party put the harm right at once. */
    private static final String OUTLIER_NOTE = "\u5f53\u4e8b\u4eba\u6848\u53d1\u540e\u7acb\u5373\u505c\u6b62\u8fdd\u6cd5\u884c\u4e3a\u5e76\u4e3b\u52a8\u6d88\u9664\u5371\u5bb3\u540e\u679c\uff0c\u4f9d\u6cd5\u4ece\u8f7b\u5904\u7f5a\u3002";

    private final SyntheticCases generator;
    private final Organization organization;
    private final Catalogue catalogue;
    private final Cases cases;
    private final Retrievals retrievals;
    private final Publications publications;
    private final org.mingjing.review.Reviews reviews;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAttention(SyntheticCases generator, Organization organization, Catalogue catalogue, Cases cases,
            Retrievals retrievals, Publications publications, org.mingjing.review.Reviews reviews, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.generator = generator;
        this.organization = organization;
        this.catalogue = catalogue;
        this.cases = cases;
        this.retrievals = retrievals;
        this.publications = publications;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    void add(long seed) {
        LocalDate today = LocalDate.now(clock);
        Words.DemoWords words = Words.load().demo();
        burst(words, seed, today);
        outlier(today);
        retrievals(today);
        changes(words, today);
    }

    private void burst(Words.DemoWords words, long seed, LocalDate today) {
        Optional<Agency> agency = organization.agencies().stream()
                .filter(a -> a.regionCode().equals(words.burstRegion())).findFirst();
        if (agency.isEmpty()) {
            return;
        }
        generator.generate(new SyntheticCases.Request(words.burstCases(), seed + 1, agency.get().name(),
                today.minusDays(words.burstDays() - 1L), today, words.burstTownship()), new SyntheticCases.Listener() {
                });
    }

    /**
     * Like the latest decided case whose matter's standard has a level above the statute's minimum: filed 30 days
     * ago, noticed, waived, and decided 14 days ago at the statute's minimum with that level's circumstances.
     */
    private void outlier(LocalDate today) {
        List<String> decided = jdbc.sql("SELECT id FROM case_file WHERE decision_type = 'PENALTY' AND fine_amount > 0"
                + " AND created_by = :actor ORDER BY decided_on DESC, id").param("actor", CaseStory.ACTOR)
                .query(String.class).list();
        for (String id : decided.subList(0, Math.min(decided.size(), 200))) {
            CaseFile template = cases.byIdOfChecked(id);
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> outlierLike(template, today)))) {
                    return;
                }
            } catch (ProblemException e) {
                // a gate refused this one (a review, a hearing, an officer): the next may do
            }
        }
        log.warn("Demo: no case could be made to show a discretion outlier");
    }

    private boolean outlierLike(CaseFile t, LocalDate today) {
        Matter matter = catalogue.matterOfAgency(t.agencyId(), t.matterCode()).orElse(null);
        if (matter == null || t.fineAmount() == null) {
            return false;
        }
        BigDecimal minimum = null;
        for (FineBound bound : matter.fineBounds()) {
            BigDecimal base = base(bound, t);
            if (base != null && (minimum == null || bound.inYuan(base).min().compareTo(minimum) < 0)) {
                minimum = bound.inYuan(base).min();
            }
        }
        DiscretionLevel heaviest = null;
        for (DiscretionLevel l : catalogue.discretionOf(matter)) {
            BigDecimal base = l.fine() == null ? null : base(l.fine(), t);
            if (base != null && minimum != null && l.fine().inYuan(base).min().compareTo(minimum) > 0
                    && !l.circumstances().isEmpty()) {
                heaviest = l;
            }
        }
        List<String> officers = t.officerIds().stream().filter(o -> organization.officer(o)
                .filter(x -> x.mayActOn(today.minusDays(30)) && x.mayActOn(today)).isPresent()).toList();
        if (heaviest == null || minimum.signum() <= 0 || minimum.compareTo(t.fineAmount()) > 0 || officers.size() < 2) {
            return false;
        }
        List<Steps.Record> records = cases.stepsOf(cases.steps(t), Steps.RECORD, Steps.Record.class);
        Optional<Steps.Decision> decision = cases.lastOf(cases.steps(t), Steps.DECISION, Steps.Decision.class);
        if (records.isEmpty() || decision.isEmpty()) {
            return false;
        }
        Caller caller = caller(t.agencyId(), officers.get(0));
        CaseFile c = cases.file(caller, new Drafts.Filing(t.matterCode(), ProcedureKind.GENERAL, t.source(), t.facts(),
                today.minusDays(35), today.minusDays(30), t.place(), t.illegalIncome(), t.illegalTurnover(),
                t.parties().stream().map(p -> new Drafts.PartyDraft(p.role(), p.type(), p.name(), p.idNumber(),
                        p.creditCode(), p.legalRepresentative(), p.birthDate(), p.phone(), p.address(),
                        p.bankAccount())).toList(), officers, null, false));
        Steps.Record r = records.get(0);
        cases.addRecord(caller, c.id(), new Drafts.RecordDraft(r.kind(), today.minusDays(29), officers, true,
                r.person(), r.place(), r.content()));
        String basis = decision.get().basis();
        cases.notice(caller, c.id(), new Drafts.NoticeDraft(today.minusDays(28), new Drafts.ProposedDecision(
                List.of(new Drafts.PenaltyDraft(PenaltyKind.FINE, t.fineAmount())), basis)));
        cases.statement(caller, c.id(), new Drafts.StatementDraft(today.minusDays(27), null, true, false));
        Drafts.DecisionDraft outlier = new Drafts.DecisionDraft(today.minusDays(14), DecisionType.PENALTY,
                List.of(new Drafts.PenaltyDraft(PenaltyKind.FINE, minimum)), basis,
                heaviest.circumstances().stream().map(DiscretionLevel.Circumstance::code).toList(), OUTLIER_NOTE);
        // Below the level's range: decided only with a reason and after a passed legal review (the discretion
        // assistant's rule), asked before deciding, since a refused decision spoils the transaction.
        if (cases.discretionDeviation(c, new Steps.Decision(outlier.decidedOn(), outlier.type(),
                List.of(new Steps.Penalty(PenaltyKind.FINE, minimum)), basis, outlier.circumstances(), OUTLIER_NOTE))
                .isPresent()) {
            Optional<Officer> reviewer = organization.officersOf(t.agencyId()).stream()
                    .filter(o -> o.qualifiedToReview() && !officers.contains(o.id())).findFirst();
            if (reviewer.isEmpty()) {
                return false;
            }
            String reviewId = reviews.submit(caller, c.id(), new org.mingjing.review.Reviews.SubmissionDraft(
                    OUTLIER_NOTE, outlier)).review().id();
            reviews.opine(new DemoCaller(CaseStory.ACTOR, t.agencyId(), reviewer.get().id(), Set.of(Role.REVIEWER)),
                    reviewId, new org.mingjing.review.Reviews.OpinionDraft(org.mingjing.review.Verdict.APPROVED,
                            java.util.Arrays.stream(org.mingjing.review.ReviewArea.values())
                                    .map(a -> new org.mingjing.review.Reviews.CheckDraft(a, true, null)).toList(),
                            List.of()));
        }
        cases.decide(caller, c.id(), outlier);
        return true;
    }

    private static BigDecimal base(FineBound bound, CaseFile c) {
        return switch (bound.basis()) {
            case FIXED -> BigDecimal.ONE;
            case ILLEGAL_INCOME -> c.illegalIncome();
            case ILLEGAL_TURNOVER -> c.illegalTurnover();
        };
    }

    /** The supervisor opens the three latest cases of the busiest county without saying why. */
    private void retrievals(LocalDate today) {
        Optional<Agency> city = organization.agencies().stream()
                .filter(a -> a.level() == org.mingjing.organization.AgencyLevel.CITY).findFirst();
        List<String> latest = jdbc.sql("SELECT id FROM case_file WHERE agency_id = (SELECT agency_id FROM case_file"
                + " GROUP BY agency_id ORDER BY COUNT(*) DESC, agency_id LIMIT 1) AND filed_on <= :today"
                + " ORDER BY filed_on DESC, id LIMIT 3").param("today", today).query(String.class).list();
        if (city.isEmpty()) {
            return;
        }
        Caller supervisor = new DemoCaller(SUPERVISOR, city.get().id(), null, Set.of(Role.SUPERVISOR));
        for (String id : latest) {
            CaseFile c = cases.byIdOfChecked(id);
            transactions.executeWithoutResult(s -> retrievals.record(supervisor, c, Retrievals.SubjectKind.CASE,
                    c.id(), null, null));
        }
    }

    /** A withdrawal reported 10 days ago and a correction 40 days ago, on decisions published before then. */
    private void changes(Words.DemoWords words, LocalDate today) {
        List<String[]> published = jdbc.sql("SELECT p.id, p.agency_id FROM publication p WHERE p.status = 'PUBLISHED'"
                + " AND p.change_kind IS NULL AND p.decided_on <= :before AND p.act_type = 'ADMINISTRATIVE_PENALTY'"
                + " ORDER BY p.decided_on DESC, p.id LIMIT 20").param("before", today.minusDays(40))
                .query((rs, n) -> new String[] { rs.getString("id"), rs.getString("agency_id") }).list();
        List<Publication.ChangeKind> kinds = new ArrayList<>(List.of(Publication.ChangeKind.WITHDRAW,
                Publication.ChangeKind.CORRECT));
        for (String[] p : published) {
            if (kinds.isEmpty()) {
                return;
            }
            Publication.ChangeKind kind = kinds.get(0);
            try {
                transactions.executeWithoutResult(s -> {
                    Publication publication = publications.requireVisible(new DemoCaller(CaseStory.ACTOR, p[1], null,
                            Set.of(Role.HEAD)), p[0]);
                    CaseFile c = cases.byIdOfChecked(publication.caseId());
                    Caller officer = caller(c.agencyId(), c.officerIds().get(0));
                    boolean withdraw = kind == Publication.ChangeKind.WITHDRAW;
                    publications.reportChange(officer, p[0], new Publications.ChangeDraft(kind,
                            today.minusDays(withdraw ? 10 : 40), withdraw ? words.withdrawalCause()
                                    : words.correctionCause()));
                });
                kinds.remove(0);
            } catch (ProblemException e) {
                // not this one
            }
        }
    }

    private Caller caller(String agencyId, String officerId) {
        return new DemoCaller(CaseStory.ACTOR, agencyId, officerId, Set.of(Role.OFFICER, Role.HEAD));
    }

    /** Who the demo acts as. */
    private record DemoCaller(String username, String agencyId, String officer, Set<Role> roles) implements Caller {

        @Override
        public String displayName() {
            return username;
        }

        @Override
        public Optional<String> officerId() {
            return Optional.ofNullable(officer);
        }
    }
}
