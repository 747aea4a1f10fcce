package org.mingjing.statistics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.mingjing.generator.GeneratorArguments;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Organization;
import org.mingjing.shared.EarlyWarnings;
import org.mingjing.testsupport.BenchmarkDatabase;
import org.mingjing.testsupport.BenchmarkTable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The early-warning list over 100,000 generated cases (issue 8: the list is fetched on page loads; the whole
 * {@code GET /api/statistics/warnings} of the top supervisor within 1 s), not run by the test suite. For each database
 * it starts the application on a fresh database with the demo data, generates {@code --cases} cases, adds
 * {@code --retrievals} openings of random cases by 60 users over the last 30 days (a fifth at night), then asks for
 * the city supervisor's list (the city and its six counties, every case) over HTTP {@code --rounds} times after two
 * unmeasured; times each module's provider alone for the same scope; and the floor: the providers' main queries as
 * raw SQL, every row read and dropped.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      org.mingjing.statistics.EarlyWarningsBenchmark --db postgres,h2 --cases 100000 --rounds 20
 * </pre>
 */
public final class EarlyWarningsBenchmark {

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private EarlyWarningsBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkDatabase.options(args, "--db", "postgres,h2", "--cases", "100000",
                "--rounds", "20", "--retrievals", "20000");
        EarlyWarningsBenchmark benchmark = new EarlyWarningsBenchmark(options);
        for (String db : options.get("--db").split(",")) {
            benchmark.run(db.strip());
        }
        System.exit(0);
    }

    private void run(String db) throws Exception {
        boolean reuse = options.containsKey("--reuse");
        Path dataDir = reuse ? Path.of(options.get("--reuse"), db) : Files.createTempDirectory("bench-warn-");
        Files.createDirectories(dataDir);
        // With --reuse DIR, the database of an earlier run, kept (PostgreSQL --pg-name, bench_warn_kept by default,
        // created if missing; H2 in DIR/h2), so that a second run measures without generating.
        BenchmarkDatabase database = reuse ? BenchmarkDatabase.kept(db, options.getOrDefault("--pg-name",
                "bench_warn_kept"), dataDir, options) : BenchmarkDatabase.fresh(db, "bench_warn", dataDir, options);
        log("== " + db + ": starting the application on " + database.url());
        ConfigurableApplicationContext app = database.start(dataDir);
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int cases = Integer.parseInt(options.get("--cases"));
            long t0 = System.nanoTime();
            DataSource dataSource = app.getBean(DataSource.class);
            long existing;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM case_file")) {
                rs.next();
                existing = rs.getLong(1);
            }
            int retrievals = existing > 0 ? 0 : Integer.parseInt(options.get("--retrievals"));
            if (existing == 0) {
                app.getBean(org.mingjing.generator.SyntheticCases.class).generate(
                        new org.mingjing.generator.SyntheticCases.Request(cases, GeneratorArguments.DEFAULT_SEED, null),
                        new org.mingjing.generator.SyntheticCases.Listener() {
                        });
            }
            double generated = (System.nanoTime() - t0) / 1e9;
            log(String.format("generated %,d cases in %.1f s", cases, generated));
            addRetrievals(dataSource, retrievals);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    s.execute("ANALYZE");
                }
            }
            Organization organization = app.getBean(Organization.class);
            Agency city = organization.agencies().stream().filter(a -> a.level() == AgencyLevel.CITY).findFirst()
                    .orElseThrow();
            Set<String> scope = organization.subtree(city.id());
            int rounds = Integer.parseInt(options.get("--rounds"));
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("city.supervisor:Demo@2026"
                    .getBytes(StandardCharsets.UTF_8));
            List<Long> http = new ArrayList<>();
            Map<String, List<Long>> providers = new LinkedHashMap<>();
            List<Long> floor = new ArrayList<>();
            int size = 0;
            Map<String, Integer> counts = new java.util.TreeMap<>();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            for (int round = -2; round < rounds; round++) {
                long start = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/statistics/warnings")).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                if (round >= 0) {
                    http.add(took);
                }
                if (round == 0) {
                    tools.jackson.databind.JsonNode list = tools.jackson.databind.json.JsonMapper.builder().build()
                            .readTree(r.body());
                    size = list.size();
                    list.valueStream().forEach(w -> counts.merge(w.get("code").asString(), 1, Integer::sum));
                }
                for (EarlyWarnings p : app.getBeansOfType(EarlyWarnings.class).values()) {
                    long s = System.nanoTime();
                    p.earlyWarnings(scope, today, Locale.SIMPLIFIED_CHINESE);
                    if (round >= 0) {
                        providers.computeIfAbsent(p.getClass().getSimpleName().replaceAll("\\$.*", ""),
                                k -> new ArrayList<>()).add(System.nanoTime() - s);
                    }
                }
                long s = System.nanoTime();
                floor(dataSource, scope, today);
                if (round >= 0) {
                    floor.add(System.nanoTime() - s);
                }
            }
            report.append("### ").append(db).append(String.format(
                    "%n%n%,d generated cases (%.1f s), %,d retrievals; %d rounds after two unmeasured; the list has "
                            + "%,d warnings: %s.%n%n| what | requests | p50 ms | p95 ms | max ms |%n| --- | ---: | ---: "
                            + "| ---: | ---: |%n", cases, generated, retrievals, rounds, size, counts));
            row("`GET /api/statistics/warnings` (city supervisor)", http);
            for (Map.Entry<String, List<Long>> e : providers.entrySet()) {
                row("provider " + e.getKey(), e.getValue());
            }
            row("floor: the providers' main queries as raw SQL", floor);
            report.append('\n');
            System.out.println(report);
        } finally {
            app.close();
            if (!reuse) {
                database.drop();
            }
        }
    }

    /** Openings of random cases by 60 users over the last 30 days, a fifth of them at night, none on the case. */
    private static void addRetrievals(DataSource dataSource, int n) throws Exception {
        if (n == 0) {
            return;
        }
        Random random = new Random(7);
        ZoneId china = ZoneId.of("Asia/Shanghai");
        try (Connection c = dataSource.getConnection()) {
            List<String[]> cases = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, agency_id FROM case_file ORDER BY id")) {
                while (rs.next()) {
                    cases.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO retrieval (id, case_id, agency_id, subject_kind,"
                    + " subject_id, username, display_name, on_case, reason, range_header, retrieved_at, retrieved_local,"
                    + " client_address) VALUES (?, ?, ?, 'CASE', ?, ?, ?, FALSE, ?, NULL, ?, ?, NULL)")) {
                LocalDateTime now = LocalDateTime.now(china);
                for (int i = 0; i < n; i++) {
                    String[] k = cases.get(random.nextInt(cases.size()));
                    LocalDateTime at = now.minusDays(random.nextInt(30)).withHour(random.nextInt(5) == 0 ? 22 : 10)
                            .withMinute(random.nextInt(60));
                    String user = "reader" + random.nextInt(60);
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, k[0]);
                    ps.setString(3, k[1]);
                    ps.setString(4, k[0]);
                    ps.setString(5, user);
                    ps.setString(6, user);
                    ps.setString(7, random.nextInt(10) == 0 ? null : "check");
                    ps.setObject(8, OffsetDateTime.of(at, china.getRules().getOffset(at)));
                    ps.setObject(9, at);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * The main queries, read and dropped: open deadlines, cases filed by place and day, the decisions of 90 days and
     * their steps (by case id, 500 at a time, as the provider reads them), the fines of 12 months.
     */
    private static void floor(DataSource dataSource, Set<String> scope, LocalDate today) throws Exception {
        String in = String.join(",", scope.stream().map(a -> "'" + a + "'").toList());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            drain(s, "SELECT c.id, c.number, c.matter_name, c.agency_id, d.code, d.due FROM case_deadline d JOIN case_file c"
                    + " ON c.id = d.case_id WHERE c.agency_id IN (" + in + ") AND d.satisfied_on IS NULL AND d.due <= DATE '"
                    + today.plusDays(3) + "'");
            drain(s, "SELECT agency_id, matter_code, matter_name, place, filed_on, COUNT(*) FROM case_file WHERE agency_id IN ("
                    + in + ") AND filed_on BETWEEN DATE '" + today.minusDays(389) + "' AND DATE '" + today
                    + "' GROUP BY agency_id, matter_code, matter_name, place, filed_on");
            List<String> decided = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM case_file WHERE agency_id IN (" + in + ") AND decided_on"
                    + " BETWEEN DATE '" + today.minusDays(89) + "' AND DATE '" + today + "' AND decision_type = 'PENALTY'"
                    + " AND fine_amount > 0")) {
                while (rs.next()) {
                    decided.add(rs.getString(1));
                }
            }
            for (int i = 0; i < decided.size(); i += 500) {
                drain(s, "SELECT case_id, data FROM case_step WHERE kind = 'DECISION' AND case_id IN ("
                        + String.join(",", decided.subList(i, Math.min(decided.size(), i + 500)).stream()
                                .map(id -> "'" + id + "'").toList()) + ")");
            }
            drain(s, "SELECT id, agency_id, matter_code, fine_amount, illegal_income, illegal_turnover FROM case_file"
                    + " WHERE decided_on BETWEEN DATE '" + today.minusMonths(12).plusDays(1) + "' AND DATE '" + today
                    + "' AND decision_type = 'PENALTY' AND fine_amount > 0");
        }
    }

    private static void drain(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private void row(String name, List<Long> samples) {
        BenchmarkTable.row(report, name, samples);
    }

    private static double pct(long[] sorted, int p) {
        return BenchmarkTable.percentile(sorted, p);
    }

    private static void log(String line) {
        BenchmarkTable.log(line);
    }
}
