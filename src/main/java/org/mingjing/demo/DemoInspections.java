package org.mingjing.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mingjing.inspection.InspectionPlans;
import org.mingjing.inspection.InspectionTasks;
import org.mingjing.inspection.Registers;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The demo's random inspection (双随机一公开, LAW.md §6) from {@code demo/inspection.json}: every county bureau's
 * register of subjects (social organisations, foundations, private non-enterprise units, funeral operators, cemeteries
 * with valid credit codes and addresses in the county) and its pool of inspectors (its officers with valid
 * certificates); 湖滨's plan committed, drawn, and two results recorded and published, so the portal has a draw to
 * verify. Through the inspection module's own facades; only on a start that loaded the demo data, and only once; a
 * failure is logged and left — demo data never stops the product from starting.
 */
@Component
class DemoInspections extends DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final Registers registers;
    private final InspectionPlans plans;
    private final InspectionTasks tasks;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean wanted;

    DemoInspections(Registers registers, InspectionPlans plans, InspectionTasks tasks, Organization organization,
            UserDetailsService accounts, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${mingjing.demo:#{null}}") Boolean demo, @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${mingjing.command:}") String command) {
        super(accounts, 3); // after the demo data set (phase 0) and its cases and reports
        this.registers = registers;
        this.plans = plans;
        this.tasks = tasks;
        this.organization = organization;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.wanted = command.isBlank() && DemoData.wanted(demo, datasourceUrl);
    }

    @Override
    void make() {
        if (!wanted || !organization.hasAgencies()
                || jdbc.sql("SELECT COUNT(*) FROM inspection_subject").query(Long.class).single() > 0) {
            return;
        }
        try {
            JsonNode set = json("inspection.json");
            transactions.executeWithoutResult(s -> registersOfCounties(set));
            transactions.executeWithoutResult(s -> hubinDraw(set.get("plan")));
            log.info("Loaded the demo random inspection: registers of the counties and a drawn plan of hubin");
        } catch (RuntimeException e) {
            log.warn("Demo random inspection not loaded: {}", e.toString());
        }
    }

    private void registersOfCounties(JsonNode set) {
        LocalDate today = LocalDate.now(clock);
        List<Agency> counties = organization.agencies().stream().filter(a -> a.level() == AgencyLevel.COUNTY)
                .toList();
        JsonNode roads = set.get("roads");
        for (Agency agency : counties) {
            String county = county(agency);
            String place = agency.address().contains(county)
                    ? agency.address().substring(0, agency.address().indexOf(county) + county.length()) : county;
            int n = 0;
            for (JsonNode group : set.get("subjects")) {
                String type = group.get("type").asString();
                for (JsonNode name : group.get("names")) {
                    n++;
                    String address = place + roads.get((n * 7) % roads.size()).asString() + " " + (n * 13 % 180 + 1)
                            + " \u53f7";
                    insertSubject(agency, name.asString().replace("{county}", county), creditCode(agency, type, n),
                            address, type);
                }
            }
            for (Officer o : organization.officersOf(agency.id())) {
                if (o.mayActOn(today)) {
                    registers.setInPool(agency.id(), o.id(), true);
                }
            }
        }
    }

    private void insertSubject(Agency agency, String name, String code, String address, String type) {
        registers.addSubjectForSetup(agency.id(), new Registers.SubjectDraft(name, code, address, type));
    }

    /**
     * A credit code of GB 32100: registered by civil affairs (5) as a social organisation (1), a private non-enterprise
     * unit (2) or a foundation (3); funeral operators as enterprises (9 1); cemeteries as public institutions (1 2);
     * the county's region code; a number; the check character.
     */
    static String creditCode(Agency agency, String type, int n) {
        String kind = switch (type) {
            case "SOCIAL_ORGANIZATION" -> "51";
            case "PRIVATE_NON_ENTERPRISE" -> "52";
            case "FOUNDATION" -> "53";
            case "FUNERAL_OPERATOR" -> "91";
            default -> "12";
        };
        String body = kind + agency.regionCode() + "MJ" + String.format("%07d", 4100 + n);
        return body + CreditCode.checkCharacter(body);
    }

    private void hubinDraw(JsonNode plan) {
        Agency hubin = organization.agencies().stream()
                .filter(a -> a.level() == AgencyLevel.COUNTY && a.regionCode().equals("411202")).findFirst()
                .orElseThrow();
        Caller planner = caller(plan.get("planner").asString());
        Caller drawer = caller(plan.get("drawer").asString());
        InspectionPlans.Plan p = plans.create(planner, new InspectionPlans.PlanDraft(hubin.id(),
                plan.get("itemCode").asString(), new BigDecimal(plan.get("ratio").asString()),
                plan.get("inspectorsPerSubject").asInt(), "YEARLY", plan.get("subjectType").asString()),
                Locale.SIMPLIFIED_CHINESE);
        JsonNode recusal = plan.get("recusal");
        Registers.Subject first = registers.subjectsOf(hubin.id(),
                org.mingjing.inspection.SubjectType.valueOf(plan.get("subjectType").asString()))
                .get(recusal.get("subjectIndex").asInt());
        Caller recused = caller(recusal.get("account").asString());
        String certificate = organization.officer(recused.officerId().orElseThrow()).orElseThrow()
                .certificateNumber();
        plans.recuse(planner, p.id(), first.creditCode(), certificate, recusal.get("reason").asString());
        plans.commit(drawer, p.id());
        plans.draw(drawer, p.id());
        List<InspectionTasks.Task> drawn = tasks.ofPlan(p.id());
        LocalDate today = LocalDate.now(clock);
        int i = 0;
        for (JsonNode r : plan.get("results")) {
            if (i >= drawn.size()) {
                break;
            }
            InspectionTasks.Task t = drawn.get(i++);
            tasks.record(drawer, t.id(), today, r.get("findings").asString(), r.get("outcome").asString());
            if (r.path("publish").asBoolean(false)) {
                tasks.publish(drawer, t.id());
            }
        }
    }

    private static String county(Agency agency) {
        String name = agency.name();
        int end = Math.max(name.lastIndexOf('\u533a'), Math.max(name.lastIndexOf('\u53bf'), name.lastIndexOf('\u5e02')));
        return end > 0 ? name.substring(0, end + 1) : name;
    }
}
