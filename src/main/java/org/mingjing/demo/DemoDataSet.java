package org.mingjing.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.identity.AccountAdministration;
import org.mingjing.identity.AccountDraft;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyDraft;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerDraft;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set of the acceptance contract (API.md, "Demo data"), described in
 * {@code demo/organisation.json}: 河南省民政厅 → 三门峡市民政局 → six county bureaus, their officers and legal
 * reviewers, and the demo accounts. Chosen so that the warnings have something to show: 卢氏县民政局 has no
 * legal reviewer, one certificate lapses within 30 days and another lapsed 12 days ago (negative
 * {@code expiresInDays}), and one officer is suspended. Everything goes
 * through the modules' own facades, so the demo data passes the same validation as real data.
 */
class DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);
    private static final String ACTOR = "demo";
    private static final LocalDate CERTIFICATES_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate CERTIFICATES_UNTIL = LocalDate.of(2029, 12, 31);
    private static final LocalDate REVIEWING_SINCE = LocalDate.of(2022, 3, 1);

    private final Organization organization;
    private final AccountAdministration accounts;
    private final TransactionTemplate transactions;
    private final DemoCatalogue catalogue;
    private final Clock clock;
    private int seq;

    DemoDataSet(Organization organization, AccountAdministration accounts, DemoCatalogue catalogue,
            TransactionTemplate transactions, Clock clock) {
        this.organization = organization;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads the set in one transaction, unless the database already has agencies. */
    boolean loadIntoNewDatabase() {
        JsonNode set = read();
        Boolean loaded = transactions.execute(status -> {
            if (organization.hasAgencies()) {
                return false;
            }
            load(set);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data set: {} agencies, {} staff; demo accounts use the password {}",
                    set.get("agencies").size(), seq, set.get("password").asString());
        }
        return Boolean.TRUE.equals(loaded);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/organisation.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo/organisation.json is missing from the build", e);
        }
    }

    private void load(JsonNode set) {
        List<AccountDraft> accountDrafts = new ArrayList<>();
        Map<String, Agency> byKey = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        int agencySeq = 0;
        for (JsonNode a : set.get("agencies")) {
            agencySeq++;
            String region = a.get("region").asString();
            Agency parent = a.has("parent") ? byKey.get(a.get("parent").asString()) : null;
            String basis = a.has("basis") ? a.get("basis").asString() : set.get("countyBasis").asString();
            Agency agency = organization.registerAgency(parent == null ? null : parent.id(),
                    AgencyLevel.valueOf(a.get("level").asString()), region,
                    new AgencyDraft(a.get("name").asString(), a.get("shortName").asString(),
                            DemoPeople.agencyCreditCode(region, agencySeq), basis, a.get("address").asString(),
                            a.get("phone").asString(), a.get("reconsiderationBody").asString(),
                            a.get("court").asString(), null),
                    ACTOR);
            byKey.put(a.get("key").asString(), agency);
            for (JsonNode person : a.get("staff")) {
                addStaff(set, agency, a.get("area").asString(), person, today).ifPresent(accountDrafts::add);
            }
        }
        accounts.openForSetup(accountDrafts, false);
        for (Agency agency : byKey.values()) {
            catalogue.loadInto(agency, ACTOR);
        }
    }

    /** A member of staff: an officer record unless the person only administers, and an account if named. */
    private Optional<AccountDraft> addStaff(JsonNode set, Agency agency, String area, JsonNode person, LocalDate today) {
        seq++;
        String name = person.get("name").asString();
        Officer officer = null;
        if (person.has("post")) {
            boolean reviewer = person.path("reviewer").asBoolean(false);
            int expiresIn = person.path("expiresInDays").asInt(0);
            LocalDate born = LocalDate.of(1970 + seq % 25, 1 + seq % 12, 1 + seq % 28);
            officer = organization.registerOfficerForSetup(new OfficerDraft(agency.id(), name,
                    person.get("post").asString(), agency.regionCode() + "24" + String.format("%03d", seq),
                    set.get("certificateIssuer").asString(), CERTIFICATES_FROM,
                    expiresIn != 0 ? today.plusDays(expiresIn) : CERTIFICATES_UNTIL,
                    area,
                    set.get("fields").asString(),
                    DemoPeople.idNumber(agency.regionCode(), born, seq, person.path("female").asBoolean(false)),
                    DemoPeople.mobile(seq), reviewer, reviewer ? "A" + (20180000 + seq * 37) : null,
                    reviewer ? REVIEWING_SINCE : null), ACTOR);
            if (person.has("status")) {
                organization.changeStatusForSetup(officer.id(), OfficerStatus.valueOf(person.get("status").asString()),
                        ACTOR);
            }
        }
        if (!person.has("account")) {
            return Optional.empty();
        }
        return Optional.of(new AccountDraft(person.get("account").asString(), name, agency.id(),
                officer == null ? null : officer.id(), EnumSet.of(Role.valueOf(person.get("role").asString())),
                set.get("password").asString()));
    }
}
