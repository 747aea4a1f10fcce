package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case steps per second: whole penalty cases walked through the {@link Cases} facade (every gate, deadline,
 * document number and step row, each step its own transaction as a request would be), against the floor of
 * inserting the same number of step rows with raw SQL in the same JVM. Prints a table for
 * {@code docs/performance.md}; runs on H2 and on PostgreSQL.
 */
@IntegrationTest
class CaseStepsPerformanceIntegrationTests {

    static final int CASES = 60;
    static final int STEPS_PER_CASE = 9;

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;

    record TestCaller(String username, String agencyId, Optional<String> officerId, Set<Role> roles)
            implements Caller {
        @Override
        public String displayName() {
            return username;
        }
    }

    @Test
    void caseStepsPerSecond() {
        Api api = new Api(port);
        String agency = api.agencyId("湖滨区民政局");
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Caller officer = new TestCaller("hubin.officer1", agency, Optional.of(o1), Set.of(Role.OFFICER));
        Caller head = new TestCaller("hubin.head", agency, Optional.empty(), Set.of(Role.HEAD));
        walk(officer, head, o1, o2, 10);
        long start = System.nanoTime();
        walk(officer, head, o1, o2, CASES);
        double seconds = (System.nanoTime() - start) / 1e9;
        double stepsPerSecond = CASES * STEPS_PER_CASE / seconds;

        String caseId = jdbc.sql("SELECT id FROM case_file ORDER BY created_at LIMIT 1").query(String.class).single();
        long floorStart = System.nanoTime();
        int base = 1_000_000;
        for (int i = 0; i < CASES * STEPS_PER_CASE; i++) {
            jdbc.sql("INSERT INTO case_step (id, case_id, seq, kind, stage, occurred_on, data, recorded_at, recorded_by)"
                    + " VALUES (:id, :c, :seq, 'BENCH', 'FILING', :on, '{}', :at, 'bench')")
                    .params(Map.of("id", java.util.UUID.randomUUID().toString(), "c", caseId, "seq", base + i, "on",
                            java.sql.Date.valueOf("2026-10-01"), "at", OffsetDateTime.now()))
                    .update();
        }
        double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
        jdbc.sql("DELETE FROM case_step WHERE kind = 'BENCH'").update();
        System.out.printf(Locale.ROOT, "%n| what | count | seconds | per second |%n| --- | ---: | ---: | ---: |%n"
                + "| case steps through Cases (%d cases × %d steps) | %d | %.2f | %.0f |%n"
                + "| floor: raw INSERT of a step row, autocommit | %d | %.2f | %.0f |%n", CASES, STEPS_PER_CASE,
                CASES * STEPS_PER_CASE, seconds, stepsPerSecond, CASES * STEPS_PER_CASE, floorSeconds,
                CASES * STEPS_PER_CASE / floorSeconds);
        assertThat(stepsPerSecond).as("case steps per second").isGreaterThan(20);
    }

    private void walk(Caller officer, Caller head, String o1, String o2, int count) {
        for (int i = 0; i < count; i++) {
            CaseFile c = cases.file(officer, new Drafts.Filing("MZ-CF-SHTT-30", ProcedureKind.GENERAL, Source.COMPLAINT,
                    "协会超出章程规定的宗旨和业务范围开展收费活动，违法所得一万元。", LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 7), "湖滨区", new BigDecimal("10000"), null,
                    List.of(new Drafts.PartyDraft(PartyRole.PARTY, PartyType.LEGAL_PERSON, "某协会", null,
                            "51411202MJ1234567M", null, null, null, null, null)),
                    List.of(o1, o2), null, null));
            CaseStep inquiry = cases.addRecord(officer, c.id(), new Drafts.RecordDraft(RecordKind.INQUIRY,
                    LocalDate.of(2026, 9, 8), List.of(o1, o2), true, "负责人", null, "问：……\n答：……"));
            List<Drafts.PenaltyDraft> penalties = new ArrayList<>(List.of(new Drafts.PenaltyDraft(PenaltyKind.WARNING,
                    null), new Drafts.PenaltyDraft(PenaltyKind.FINE, new BigDecimal("30000"))));
            cases.notice(officer, c.id(), new Drafts.NoticeDraft(LocalDate.of(2026, 9, 9),
                    new Drafts.ProposedDecision(penalties, "《社会团体登记管理条例》第三十条")));
            cases.statement(officer, c.id(), new Drafts.StatementDraft(LocalDate.of(2026, 9, 10), null, true, null));
            cases.decide(officer, c.id(), new Drafts.DecisionDraft(LocalDate.of(2026, 9, 14), DecisionType.PENALTY,
                    penalties, "《社会团体登记管理条例》第三十条", List.of(), null));
            cases.serve(officer, c.id(), new Drafts.ServiceDraft(ServiceMethod.DIRECT, LocalDate.of(2026, 9, 15),
                    "负责人", null, null));
            cases.pay(officer, c.id(), new Drafts.PaymentDraft(new BigDecimal("30000"), LocalDate.of(2026, 9, 20)));
            cases.recordAvAbsence(officer, c.id(), new Drafts.AvAbsenceDraft(inquiry.id(), "执法记录仪故障，未能录制。"));
            cases.close(head, c.id());
        }
    }
}
