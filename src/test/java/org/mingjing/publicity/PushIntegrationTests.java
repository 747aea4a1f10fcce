package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The push to the province's enforcement-publicity platform against a local platform that fails on purpose: every
 * third call answers 503, one answer never comes in time, one connection drops before the platform took the message
 * and one after it took it (its 2xx lost), one 409 says "still processing", one 200 trickles its body past the
 * timeout — and every event arrives, once in effect
 * (the platform's count by key equals the events), each publication's events in order; the wait grows with each
 * failure; a refusal is kept and retried; with the push off nothing is sent or lost; a new dispatcher carries on.
 *
 * <p>Outbox rows other tests left behind are answered 200 by the local platform without being counted: they are
 * not this test's business, and they must not stand in front of its messages. So the tests count what reached the
 * platform and what the rows of their own publications say, never what a run returns.
 */
@IntegrationTest
class PushIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TITLE = "湖滨区民政局行政处罚决定书（湖民罚决字〔2026〕1号）";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PushOutbox outbox;
    @Autowired
    PushDispatcher contextDispatcher;
    @Autowired
    List<WorkbenchWarnings> contextWarnings;
    @Autowired
    Organization organization;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MessageSource messages;

    /** The dispatchers' clock: it stands still unless the test moves it, and starts once the messages are queued. */
    final MutableClock clock = new MutableClock(Instant.now());
    final Set<String> publications = ConcurrentHashMap.newKeySet();
    final Map<String, List<String>> keysByPublication = new ConcurrentHashMap<>();
    Platform platform;

    /** Publications of other tests, as it were: their messages are queued first and are not this test's. */
    final Set<String> bystanders = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startThePlatformBehindTheMessagesOfOthers() throws IOException {
        platform = new Platform(publications, keysByPublication);
        for (int i = 0; i < 2; i++) {
            String other = Ids.newId();
            bystanders.add(other);
            ObjectNode payload = JSON.createObjectNode();
            payload.put("title", TITLE);
            new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.enqueue(other, "PUBLISHED", 0,
                    payload));
        }
    }

    @AfterEach
    void stopThePlatformAndRemoveTheMessages() {
        platform.close();
        for (String p : bystanders) {
            jdbc.sql("DELETE FROM publication_outbox WHERE publication_id = :p").param("p", p).update();
        }
        for (String p : publications) {
            jdbc.sql("DELETE FROM publication_outbox WHERE publication_id = :p").param("p", p).update();
            jdbc.sql("DELETE FROM publication WHERE id = :p").param("p", p).update();
        }
    }

    @Test
    void everyEventArrivesOnceInEffectAndInOrderThroughAPlatformThatFailsOnPurpose() {
        List<String> keys = enqueueInterleaved(12);
        platform.script(call -> call % 3 == 0 ? Action.FAIL_503
                : call == 4 ? Action.ACCEPT_THEN_HANG
                : call == 5 ? Action.DROP_BEFORE_ACCEPTING
                : call == 7 ? Action.ACCEPT_THEN_DROP
                : call == 8 ? Action.CONFLICT
                : call == 10 ? Action.ACCEPT_THEN_TRICKLE
                : Action.ACCEPT);
        startTheClock();

        PushDispatcher nobodyListening = dispatcher(settings("http://127.0.0.1:" + closedPort() + "/push", ""));
        nobodyListening.dispatch();
        assertThat(undelivered()).isEqualTo(keys.size());

        PushDispatcher dispatcher = dispatcher(settings(platform.url(), ""));
        int runs = 0;
        boolean restarted = false;
        while (undelivered() > 0 && runs < 300) {
            if (runs == 5) {
                assertThat(undelivered()).as("some, not all, delivered before the restart").isBetween(1L,
                        (long) keys.size() - 1);
                dispatcher = dispatcher(settings(platform.url(), ""));
                restarted = true;
            }
            dispatcher.dispatch();
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            runs++;
        }

        assertThat(restarted).isTrue();
        assertThat(undelivered()).as("undelivered after " + runs + " runs").isZero();
        assertThat(platform.problems).isEmpty();
        assertThat(platform.accepted.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        Map<String, Integer> twice = new HashMap<>();
        platform.accepted.forEach((key, times) -> {
            if (times.get() > 1) {
                twice.put(key, times.get());
            }
        });
        assertThat(twice).as("taken again only where its answer was lost").isNotEmpty();
        for (String key : keys) {
            List<Action> actions = platform.actionsFor(key);
            assertThat(actions).as(key + ": never sent again after a 200 arrived").endsWith(Action.ACCEPT)
                    .containsOnlyOnce(Action.ACCEPT);
            long lost = actions.stream().filter(a -> a == Action.ACCEPT_THEN_HANG || a == Action.ACCEPT_THEN_DROP
                    || a == Action.ACCEPT_THEN_TRICKLE).count();
            assertThat(platform.accepted.get(key).get()).as(key + ": taken once, and again after each lost answer")
                    .isEqualTo(1 + lost);
        }
        assertThat(platform.calls.get()).isGreaterThan(keys.size() + keys.size() / 3);
        long attempts = jdbc.sql("SELECT SUM(attempts) FROM publication_outbox WHERE publication_id IN (:p)")
                .param("p", publications).query(Long.class).single();
        assertThat(attempts).as("every call counted as a try").isGreaterThanOrEqualTo(platform.calls.get());
        assertThat(jdbc.sql("SELECT DISTINCT last_status FROM publication_outbox WHERE publication_id IN (:p)")
                .param("p", publications).query(Integer.class).list()).containsExactly(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication_outbox WHERE publication_id IN (:p) AND last_error IS NOT NULL")
                .param("p", publications).query(Long.class).single()).isZero();
    }

    @Test
    void theWaitAfterEachFailureGrowsAndNothingIsSentBeforeIt() {
        String key = enqueue(newPublication(), "PUBLISHED", 1);
        platform.script(call -> Action.FAIL_503);
        startTheClock();
        PushDispatcher dispatcher = new PushDispatcher(jdbc, settings(platform.url(), ""), clock, () -> 0.5);

        List<Duration> waits = new ArrayList<>();
        for (int failure = 1; failure <= 6; failure++) {
            dispatcher.dispatch();
            assertThat(platform.calls.get()).isEqualTo(failure);
            Map<String, Object> row = row(key);
            assertThat(row.get("attempts")).isEqualTo(failure);
            assertThat(row.get("last_status")).isEqualTo(503);
            assertThat((String) row.get("last_error")).startsWith("HTTP 503");
            OffsetDateTime next = next(key);
            waits.add(Duration.between(clock.instant(), next.toInstant()));
            clock.set(next.toInstant().minusSeconds(1));
            dispatcher.dispatch();
            assertThat(platform.calls.get()).as("not tried before its time").isEqualTo(failure);
            clock.set(next.toInstant());
        }
        // 10 s doubling, less a tenth (half the jitter of 0.2)
        assertThat(waits).containsExactly(Duration.ofSeconds(9), Duration.ofSeconds(18), Duration.ofSeconds(36),
                Duration.ofSeconds(72), Duration.ofSeconds(144), Duration.ofSeconds(288));

        platform.script(call -> Action.ACCEPT);
        dispatcher.dispatch();
        assertThat(row(key).get("attempts")).isEqualTo(7);
        assertThat(row(key).get("delivered_at")).isNotNull();
        assertThat(platform.accepted.keySet()).containsExactly(key);
    }

    @Test
    void aRefusalIsKeptWithItsErrorRetriedAfterTheLongestWaitAndHoldsBackTheLaterEventsOfItsPublication() {
        String a = newPublication();
        String b = newPublication();
        String aPublished = enqueue(a, "PUBLISHED", 1);
        String bPublished = enqueue(b, "PUBLISHED", 1);
        String aWithdrawn = enqueue(a, "WITHDRAWN", 1);
        platform.requireToken("Bearer right-token");
        platform.script(call -> Action.ACCEPT);
        startTheClock();

        PushDispatcher misconfigured = dispatcher(settings(platform.url(), "Bearer wrong-token"));
        misconfigured.dispatch();
        assertThat(platform.arrivals).as("a refusal does not stop the run; the withdrawal waits for its publication")
                .containsExactly(aPublished, bPublished);
        Map<String, Object> refused = row(aPublished);
        assertThat(refused.get("attempts")).isEqualTo(1);
        assertThat(refused.get("last_status")).isEqualTo(401);
        assertThat((String) refused.get("last_error")).startsWith("HTTP 401").contains("token");
        assertThat(refused.get("delivered_at")).isNull();
        assertThat(Duration.between(clock.instant(), next(aPublished).toInstant())).isEqualTo(Duration.ofHours(1));
        assertThat(row(aWithdrawn).get("attempts")).isEqualTo(0);

        PushDispatcher fixed = dispatcher(settings(platform.url(), "Bearer right-token"));
        clock.advance(Duration.ofMinutes(59));
        fixed.dispatch();
        assertThat(platform.arrivals).hasSize(2);

        clock.advance(Duration.ofMinutes(1));
        fixed.dispatch();
        assertThat(undelivered()).isZero();
        assertThat(platform.accepted.keySet()).containsExactlyInAnyOrder(aPublished, bPublished, aWithdrawn);
        assertThat(platform.arrivals.subList(2, 5)).containsExactly(aPublished, bPublished, aWithdrawn);
        assertThat(platform.problems).isEmpty();
        assertThat(row(aPublished).get("last_error")).isNull();
    }

    @Test
    void withThePushOffNothingIsSentNothingIsLostAndALaterEndpointReceivesEverything() {
        String p = newPublication();
        String q = newPublication();
        List<String> keys = List.of(enqueue(p, "PUBLISHED", 1), enqueue(q, "PUBLISHED", 1), enqueue(p, "CORRECTED", 2));
        platform.script(call -> Action.ACCEPT);
        startTheClock();

        assertThat(contextDispatcher.dispatch()).as("the application's own dispatcher, configured without a url")
                .isZero();
        assertThat(dispatcher(settings("", "")).dispatch()).isZero();
        clock.advance(Duration.ofDays(30));
        assertThat(dispatcher(settings("", "")).dispatch()).isZero();
        assertThat(platform.calls.get()).isZero();
        for (String key : keys) {
            assertThat(row(key).get("attempts")).isEqualTo(0);
            assertThat(row(key).get("delivered_at")).isNull();
        }

        dispatcher(settings(platform.url(), "")).dispatch();
        assertThat(platform.arrivals).containsExactlyElementsOf(keys);
        assertThat(undelivered()).isZero();
    }

    @Test
    void eventsQueuedInTheSameInstantOrWhileTheClockStepsBackKeepTheOrderOfTheirActs() {
        String p = newPublication();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PushOutbox still = new PushOutbox(jdbc, Clock.fixed(t, ZoneId.of("Asia/Shanghai")));
        PushOutbox back = new PushOutbox(jdbc, Clock.fixed(t.minusSeconds(60), ZoneId.of("Asia/Shanghai")));
        List<String> keys = List.of(enqueue(still, p, "PUBLISHED", 1), enqueue(still, p, "CORRECTED", 2),
                enqueue(back, p, "WITHDRAWN", 2));

        List<OffsetDateTime> stamps = jdbc.sql("SELECT created_at FROM publication_outbox WHERE publication_id = :p "
                + "ORDER BY created_at").param("p", p).query(OffsetDateTime.class).list();
        assertThat(stamps).hasSize(3);
        assertThat(stamps.get(0).toInstant()).isEqualTo(t);
        assertThat(stamps.get(1).toInstant()).isEqualTo(t.plus(1, ChronoUnit.MICROS));
        assertThat(stamps.get(2).toInstant()).isEqualTo(t.plus(2, ChronoUnit.MICROS));

        platform.script(call -> Action.ACCEPT);
        startTheClock();
        dispatcher(settings(platform.url(), "")).dispatch();
        assertThat(platform.arrivals).containsExactlyElementsOf(keys);
        assertThat(undelivered()).isZero();
    }

    @Test
    void theStatusShowsEachCallerItsReachAndTheWorkbenchWarnsOfStuckMessages() {
        Api api = new Api(port);
        String hubin = api.agencyId("湖滨区民政局");
        String lingbao = api.agencyId("灵宝市民政局");
        String city = api.agencyId("三门峡市民政局");
        String caseId = fileACase(api);
        String h = newPublication(caseId, hubin);
        String l = newPublication(caseId, lingbao);
        String orphan = newPublication();
        Map<String, JsonNode> before = new HashMap<>();
        for (String user : List.of("hubin.head", "city.supervisor", "sysadmin")) {
            before.put(user, status(api, user));
        }

        String hDelivered = enqueue(h, "PUBLISHED", 1);
        String hFailing = enqueue(h, "CORRECTED", 2);
        String lStuck = enqueue(l, "PUBLISHED", 1);
        enqueue(orphan, "PUBLISHED", 1);
        OffsetDateTime twoDaysAgo = OffsetDateTime.now().minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("UPDATE publication_outbox SET delivered_at = :now, attempts = 1, last_status = 200 WHERE idempotency_key = :k")
                .param("now", OffsetDateTime.now()).param("k", hDelivered).update();
        jdbc.sql("UPDATE publication_outbox SET attempts = 2, last_status = 503, last_error = 'HTTP 503: busy' "
                + "WHERE idempotency_key = :k").param("k", hFailing).update();
        jdbc.sql("UPDATE publication_outbox SET created_at = :at, next_attempt_at = :at WHERE idempotency_key = :k")
                .param("at", twoDaysAgo).param("k", lStuck).update();

        JsonNode head = status(api, "hubin.head");
        assertThat(delta(before.get("hubin.head"), head)).isEqualTo(List.of(1L, 1L, 1L));
        assertThat(head.get("lastError").asString()).isEqualTo("HTTP 503: busy");
        assertThat(head.get("enabled").asBoolean()).isFalse();
        assertThat(head.get("stuck").asLong()).isZero();

        JsonNode supervisor = status(api, "city.supervisor");
        assertThat(delta(before.get("city.supervisor"), supervisor)).isEqualTo(List.of(2L, 1L, 1L));
        assertThat(OffsetDateTime.parse(supervisor.get("oldestPendingAt").asString()).toInstant())
                .isEqualTo(twoDaysAgo.toInstant());

        JsonNode sysadmin = status(api, "sysadmin");
        assertThat(delta(before.get("sysadmin"), sysadmin)).as("the system administrator sees every message")
                .isEqualTo(List.of(3L, 1L, 1L));

        for (String user : List.of("hubin.officer1", "hubin.reviewer", "auditor")) {
            Api.Response refused = api.get("/api/publicity/push-status", user);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).contains("推送状态");
        }

        Caller supervisorCaller = caller("city.supervisor", city, Role.SUPERVISOR);
        Caller headCaller = caller("hubin.head", hubin, Role.HEAD);
        Caller lingbaoHead = caller("lingbao.head", lingbao, Role.HEAD);
        Caller officer = caller("lingbao.officer1", lingbao, Role.OFFICER);
        assertThat(contextWarnings.stream().flatMap(w -> w.warningsFor(supervisorCaller).stream())
                .filter(w -> w.key().startsWith("publicity.push"))).as("the push is off: nothing is stuck").isEmpty();

        PushSettings on = settings("https://gkpt.example.cn/push", "");
        PushWarnings warnings = new PushWarnings(new PushHealth(jdbc, on, organization, Clock.systemUTC()), on);
        assertThat(warnings.warningsFor(supervisorCaller)).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("publicity.push.warning.stuck");
            assertThat(w.args()).containsExactly(1L, 24L);
            assertThat(w.link()).isEqualTo("/api/publicity/push-status");
            assertThat(messages.getMessage(w.key(), w.args(), Locale.SIMPLIFIED_CHINESE))
                    .startsWith("1 条公示信息超过 24 小时仍未推送至执法信息公示平台");
            assertThat(messages.getMessage(w.key(), w.args(), Locale.ENGLISH))
                    .startsWith("1 publication message(s) not delivered").contains("the platform's address");
        });
        assertThat(warnings.warningsFor(lingbaoHead)).hasSize(1);
        assertThat(warnings.warningsFor(headCaller)).as("the stuck message is of another agency").isEmpty();
        assertThat(warnings.warningsFor(officer)).isEmpty();
    }

    // --- the outbox ---

    /** Publications with one to three events each, queued in turns so that their events interleave in time. */
    private List<String> enqueueInterleaved(int count) {
        List<List<String[]>> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = newPublication();
            List<String[]> plan = new ArrayList<>();
            plan.add(new String[] { p, "PUBLISHED", "1" });
            switch (i % 3) {
                case 0 -> {
                    plan.add(new String[] { p, "CORRECTED", "2" });
                    plan.add(new String[] { p, "WITHDRAWN", "2" });
                }
                case 1 -> plan.add(new String[] { p, "CORRECTED", "2" });
                default -> plan.add(new String[] { p, "EXPIRED", "1" });
            }
            plans.add(plan);
        }
        List<String> keys = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            for (List<String[]> plan : plans) {
                if (step < plan.size()) {
                    String[] e = plan.get(step);
                    keys.add(enqueue(e[0], e[1], Integer.parseInt(e[2])));
                }
            }
        }
        return keys;
    }

    private String enqueue(String publicationId, String event, int revision) {
        return enqueue(outbox, publicationId, event, revision);
    }

    /** Queues one event in its own transaction, as the act that causes it would. */
    private String enqueue(PushOutbox outbox, String publicationId, String event, int revision) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("publicationId", publicationId);
        payload.put("revision", revision);
        payload.put("title", TITLE);
        new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.enqueue(publicationId, event, revision,
                payload));
        String key = publicationId + ":" + event + ":" + revision;
        keysByPublication.computeIfAbsent(publicationId, x -> new CopyOnWriteArrayList<>()).add(key);
        return key;
    }

    private String newPublication() {
        String id = Ids.newId();
        publications.add(id);
        return id;
    }

    /** A publication row of an agency (for the status's reach); the case only satisfies the foreign key. */
    private String newPublication(String caseId, String agencyId) {
        String id = newPublication();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO publication (id, case_id, document_id, agency_id, agency_name, act_type, decision_type,
                       penalty_kinds, status, decided_on, due_by, title, party_name, number, original_text,
                       masked_text, findings, manual_marks, revision, entered_by, created_at, updated_at, version)
                VALUES (:id, :case, :doc, :agency, 'test', 'PENALTY', 'PENALTY', 'WARNING', 'EXPIRED', :day, :day,
                        'test', 'test', 'test', 'test', 'test', '[]', '[]', 1, 'test', :now, :now, 0)""")
                .param("id", id).param("case", caseId).param("doc", Ids.newId()).param("agency", agencyId)
                .param("day", now.toLocalDate()).param("now", now).update();
        return id;
    }

    private static String fileACase(Api api) {
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自兴建骨灰堂，违法所得八千元。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "湖滨区会兴街道", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017", "phone": "13903981234"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    private long undelivered() {
        return jdbc.sql("SELECT COUNT(*) FROM publication_outbox WHERE publication_id IN (:p) AND delivered_at IS NULL")
                .param("p", publications).query(Long.class).single();
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("SELECT * FROM publication_outbox WHERE idempotency_key = :k").param("k", key).query()
                .singleRow();
    }

    private OffsetDateTime next(String key) {
        return jdbc.sql("SELECT next_attempt_at FROM publication_outbox WHERE idempotency_key = :k").param("k", key)
                .query(OffsetDateTime.class).single();
    }

    private static JsonNode status(Api api, String user) {
        Api.Response r = api.get("/api/publicity/push-status", user);
        assertThat(r.status()).as(user + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    /** How pending, delivered and failing changed. */
    private static List<Long> delta(JsonNode before, JsonNode after) {
        return List.of(after.get("pending").asLong() - before.get("pending").asLong(),
                after.get("delivered").asLong() - before.get("delivered").asLong(),
                after.get("failing").asLong() - before.get("failing").asLong());
    }

    /** Just after now, so after the messages were queued (their first try is due at once). */
    private void startTheClock() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1));
    }

    private PushDispatcher dispatcher(PushSettings settings) {
        return new PushDispatcher(jdbc, settings, clock);
    }

    private static PushSettings settings(String url, String token) {
        return new PushSettings(url, "Authorization", token, Duration.ofSeconds(2), Duration.ofSeconds(2), 5,
                Duration.ofSeconds(10), Duration.ofHours(1), 0.2, Duration.ofHours(24), false);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record TestCaller(String username, String agencyId, Optional<String> officerId, Set<Role> roles)
            implements Caller {
        @Override
        public String displayName() {
            return username;
        }
    }

    private static Caller caller(String username, String agencyId, Role role) {
        return new TestCaller(username, agencyId, Optional.empty(), Set.of(role));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    // --- the local platform ---

    enum Action {
        /** Takes the message (again, if it has it: the same answer, once in effect) and answers 200. */
        ACCEPT,
        /** Answers 503 without taking it. */
        FAIL_503,
        /** Takes it, then answers only after the dispatcher stopped waiting. */
        ACCEPT_THEN_HANG,
        /** Drops the connection before taking it. */
        DROP_BEFORE_ACCEPTING,
        /** Takes it, then drops the connection before answering: the 2xx is lost. */
        ACCEPT_THEN_DROP,
        /** Answers 409: a request with this key is still being processed. */
        CONFLICT,
        /** Takes it and sends the 200's headers, but the rest of the body only after the dispatcher gave up. */
        ACCEPT_THEN_TRICKLE
    }

    /**
     * The province's platform as this test plays it: it takes a message once per key (a resend changes nothing),
     * counts each key's arrivals, and notes every request that breaks the contract — a wrong content type, a key in
     * the header that is not the body's, text not in UTF-8, or an event of a publication before the earlier one.
     */
    static final class Platform implements AutoCloseable {

        final HttpServer server;
        final ExecutorService executor = Executors.newCachedThreadPool();
        final Set<String> mine;
        final Map<String, List<String>> keysByPublication;
        final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        final List<String> arrivals = new CopyOnWriteArrayList<>();
        final Map<Integer, String> callKeys = new ConcurrentHashMap<>();
        final Map<Integer, Action> callActions = new ConcurrentHashMap<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile IntFunction<Action> script = call -> Action.ACCEPT;
        volatile String token;

        Platform(Set<String> mine, Map<String, List<String>> keysByPublication) throws IOException {
            this.mine = mine;
            this.keysByPublication = keysByPublication;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/push", this::handle);
            server.setExecutor(executor);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/push";
        }

        void script(IntFunction<Action> script) {
            this.script = script;
        }

        void requireToken(String token) {
            this.token = token;
        }

        /** What the platform did with each call of a key, in the order of the calls. */
        List<Action> actionsFor(String key) {
            List<Action> actions = new ArrayList<>();
            for (int call = 1; call <= calls.get(); call++) {
                if (key.equals(callKeys.get(call))) {
                    actions.add(callActions.get(call));
                }
            }
            return actions;
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || !mine.contains(key.substring(0, Math.max(0, key.indexOf(':'))))) {
                answer(exchange, 200, "{}");
                return;
            }
            int call = calls.incrementAndGet();
            callKeys.put(call, key);
            arrivals.add(key);
            check(exchange, key, body);
            if (token != null && !token.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"title\": \"invalid token\"}");
                return;
            }
            Action action = script.apply(call);
            callActions.put(call, action);
            switch (action) {
                case ACCEPT -> {
                    accept(key);
                    answer(exchange, 200, "{\"received\": \"" + key + "\"}");
                }
                case FAIL_503 -> answer(exchange, 503, "busy");
                case ACCEPT_THEN_HANG -> {
                    accept(key);
                    try {
                        Thread.sleep(5000);
                        answer(exchange, 200, "{}");
                    } catch (InterruptedException | IOException e) {
                        exchange.close();
                    }
                }
                case DROP_BEFORE_ACCEPTING -> exchange.close();
                case ACCEPT_THEN_DROP -> {
                    accept(key);
                    exchange.close();
                }
                case CONFLICT -> answer(exchange, 409, "{\"title\": \"a request is outstanding for this key\"}");
                case ACCEPT_THEN_TRICKLE -> {
                    accept(key);
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write("{\"received\": ".getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(7000);
                        out.write("true}".getBytes(StandardCharsets.UTF_8));
                    } catch (InterruptedException | IOException e) {
                        exchange.close();
                    }
                }
            }
        }

        /** Takes a message: an event of a publication only after the one before it. */
        private void accept(String key) {
            String publication = key.substring(0, key.indexOf(':'));
            List<String> sequence = keysByPublication.getOrDefault(publication, List.of());
            int at = sequence.indexOf(key);
            if (at > 0 && !accepted.containsKey(sequence.get(at - 1))) {
                problems.add(key + " arrived before " + sequence.get(at - 1));
            }
            accepted.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }

        private void check(HttpExchange exchange, String key, byte[] body) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!"application/json; charset=utf-8".equals(type)) {
                problems.add(key + ": Content-Type " + type);
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                problems.add(key + ": " + exchange.getRequestMethod());
            }
            JsonNode json = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            if (!key.equals(json.path("idempotencyKey").asString())) {
                problems.add(key + ": body has key " + json.path("idempotencyKey"));
            }
            if (!key.split(":")[1].equals(json.path("event").asString())) {
                problems.add(key + ": body has event " + json.path("event"));
            }
            if (!TITLE.equals(json.path("title").asString())) {
                problems.add(key + ": title arrived as " + json.path("title"));
            }
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
