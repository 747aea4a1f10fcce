package org.mingjing.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mingjing.identity.AccountAdministration;
import org.mingjing.identity.AccountDraft;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyDraft;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerDraft;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data set of the acceptance contract (API.md, "Demo data"): 河南省民政厅 → 三门峡市民政局 → six county
 * bureaus, their officers and legal reviewers, and the demo accounts, all with password {@code Demo@2026}.
 * Chosen so that the warnings have something to show: 卢氏县民政局 has no legal reviewer, one certificate
 * lapses within 30 days, and one officer is suspended.
 */
class DemoDataSet {

    static final String PASSWORD = "Demo@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);
    private static final String ACTOR = "demo";
    private static final String BASIS_COUNTY = "《社会团体登记管理条例》第六条、《民办非企业单位登记管理暂行条例》第五条、《殡葬管理条例》第三条：县级以上人民政府民政部门是本行政区域的登记管理机关和殡葬管理部门";

    private final Organization organization;
    private final AccountAdministration accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private int seq;

    DemoDataSet(Organization organization, AccountAdministration accounts, TransactionTemplate transactions,
            Clock clock) {
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads the set in one transaction, unless the database already has agencies. */
    boolean loadIntoNewDatabase() {
        Boolean loaded = transactions.execute(status -> {
            if (organization.hasAgencies()) {
                return false;
            }
            load();
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data set: 8 agencies, their officers and the demo accounts (password {}).",
                    PASSWORD);
        }
        return Boolean.TRUE.equals(loaded);
    }

    private record County(String name, String shortName, String region, String address, String government,
            String court) {
    }

    private void load() {
        Agency province = organization.registerAgency(null, AgencyLevel.PROVINCE, "410000",
                new AgencyDraft("河南省民政厅", "豫民", DemoPeople.agencyCreditCode("410000", 1),
                        "《社会团体登记管理条例》第六条、《基金会管理条例》第六条：省级人民政府民政部门是本行政区域的登记管理机关",
                        "河南省郑州市金水区金水路 115 号", "0371-65900000", "河南省人民政府", "郑州市金水区人民法院", null),
                ACTOR);
        Agency city = organization.registerAgency(province.id(), AgencyLevel.CITY, "411200",
                new AgencyDraft("三门峡市民政局", "三民", DemoPeople.agencyCreditCode("411200", 2),
                        BASIS_COUNTY, "河南省三门峡市湖滨区崤山路 56 号", "0398-2821000", "三门峡市人民政府",
                        "三门峡市湖滨区人民法院", null),
                ACTOR);
        List<County> counties = List.of(
                new County("湖滨区民政局", "湖民", "411202", "三门峡市湖滨区六峰路 18 号", "三门峡市湖滨区人民政府", "三门峡市湖滨区人民法院"),
                new County("陕州区民政局", "陕民", "411203", "三门峡市陕州区大营镇召公路 9 号", "三门峡市陕州区人民政府", "三门峡市陕州区人民法院"),
                new County("义马市民政局", "义民", "411281", "义马市千秋路 66 号", "义马市人民政府", "义马市人民法院"),
                new County("灵宝市民政局", "灵民", "411282", "灵宝市函谷路 120 号", "灵宝市人民政府", "灵宝市人民法院"),
                new County("渑池县民政局", "渑民", "411221", "渑池县韶州路 35 号", "渑池县人民政府", "渑池县人民法院"),
                new County("卢氏县民政局", "卢民", "411224", "卢氏县莘川路 8 号", "卢氏县人民政府", "卢氏县人民法院"));
        List<Agency> countyAgencies = new ArrayList<>();
        int n = 3;
        for (County c : counties) {
            countyAgencies.add(organization.registerAgency(city.id(), AgencyLevel.COUNTY, c.region(),
                    new AgencyDraft(c.name(), c.shortName(), DemoPeople.agencyCreditCode(c.region(), n++), BASIS_COUNTY,
                            c.address(), "0398-" + (2800000 + n * 1111), c.government(), c.court(), null),
                    ACTOR));
        }
        Agency hubin = countyAgencies.get(0);
        Agency lingbao = countyAgencies.get(3);
        LocalDate today = LocalDate.now(clock);

        // 三门峡市民政局: staff accounts for administration and supervision; a few officers of its own.
        account("sysadmin", "赵志刚", city, null, Role.SYSADMIN);
        account("secadmin", "钱文博", city, null, Role.SECADMIN);
        account("auditor", "孙雅琴", city, null, Role.AUDITOR);
        Officer supervisor = officer(city, "李振华", "执法监督科科长", false, today, 0);
        account("city.supervisor", "李振华", city, supervisor, Role.SUPERVISOR);
        officer(city, "周文静", "社会组织管理科科员", false, today, 0);
        officer(city, "吴国栋", "社会事务科科员", false, today, 0);
        officer(city, "郑雪梅", "政策法规科科长", true, today, 0);

        // 湖滨区民政局: three officers with accounts, a head, a legal reviewer, and officers without accounts.
        String[] hubinOfficers = { "王建国", "刘洋", "陈静" };
        for (int i = 0; i < hubinOfficers.length; i++) {
            Officer o = officer(hubin, hubinOfficers[i], "社会组织执法股科员", false, today, 0);
            account("hubin.officer" + (i + 1), hubinOfficers[i], hubin, o, Role.OFFICER);
        }
        Officer head = officer(hubin, "张海峰", "局长", false, today, 0);
        account("hubin.head", "张海峰", hubin, head, Role.HEAD);
        Officer reviewer = officer(hubin, "杨帆", "法制审核员", true, today, 0);
        account("hubin.reviewer", "杨帆", hubin, reviewer, Role.REVIEWER);
        officer(hubin, "赵磊", "殡葬管理股科员", false, today, 0);
        officer(hubin, "黄敏", "社会事务股科员", false, today, 20);

        // 灵宝市民政局
        Officer lb1 = officer(lingbao, "周杰", "社会组织执法股股长", false, today, 0);
        account("lingbao.officer1", "周杰", lingbao, lb1, Role.OFFICER);
        Officer lb2 = officer(lingbao, "吴霞", "社会组织执法股科员", false, today, 0);
        account("lingbao.officer2", "吴霞", lingbao, lb2, Role.OFFICER);
        officer(lingbao, "徐强", "殡葬管理股科员", false, today, 0);
        officer(lingbao, "孙丽", "法制审核员", true, today, 0);

        // The other counties: officers, reviewers except in 卢氏县 (so its staffing warning shows).
        String[][] others = { { "马超", "朱红", "胡斌" }, { "郭芳", "何勇" }, { "高峰", "林涛", "罗娟" }, { "宋佳", "谢东" } };
        for (int i = 0; i < others.length; i++) {
            Agency agency = countyAgencies.get(i == 0 ? 1 : i == 1 ? 2 : i == 2 ? 4 : 5);
            for (String name : others[i]) {
                officer(agency, name, "行政执法股科员", false, today, 0);
            }
            if (agency != countyAgencies.get(5)) {
                officer(agency, "韩" + others[i][0].substring(1), "法制审核员", true, today, 0);
            }
        }
        Officer suspended = officer(countyAgencies.get(5), "蒋伟", "行政执法股科员", false, today, 0);
        organization.changeStatusForSetup(suspended.id(), org.mingjing.organization.OfficerStatus.SUSPENDED, ACTOR);
    }

    private Officer officer(Agency agency, String name, String post, boolean reviewer, LocalDate today,
            int expiresInDays) {
        seq++;
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate until = expiresInDays > 0 ? today.plusDays(expiresInDays) : LocalDate.of(2029, 12, 31);
        boolean female = "陈静,黄敏,吴霞,孙丽,朱红,郭芳,罗娟,宋佳,周文静,郑雪梅,杨帆".contains(name);
        LocalDate born = LocalDate.of(1970 + seq % 25, 1 + seq % 12, 1 + seq % 28);
        String certificate = agency.regionCode() + "24" + String.format("%03d", seq);
        return organization.registerOfficerForSetup(new OfficerDraft(agency.id(), name, post, certificate,
                "河南省人民政府", from, until, agency.name().replace("民政局", "") + "行政区域",
                "社会组织管理、殡葬管理", DemoPeople.idNumber(agency.regionCode(), born, seq, female),
                DemoPeople.mobile(seq), reviewer, reviewer ? "A" + (20180000 + seq * 37) : null,
                reviewer ? LocalDate.of(2022, 3, 1) : null), ACTOR);
    }

    private void account(String username, String name, Agency agency, Officer officer, Role role) {
        accounts.openForSetup(new AccountDraft(username, name, agency.id(), officer == null ? null : officer.id(),
                EnumSet.of(role), PASSWORD), false);
    }
}
