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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.mingjing.MingjingApplication;
import org.mingjing.generator.GeneratorArguments;
import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyLevel;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.testsupport.BenchmarkDatabase;
import org.mingjing.testsupport.BenchmarkTable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analysis dashboard over 100,000 generated cases (issue 8, done-when: the dashboards answer within 1 second), not
 * run by the test suite. For each database it starts the application on a kept database (PostgreSQL
 * {@code bench_analysis} on 127.0.0.1, created if missing; or the H2 file under {@code --h2-dir}) with the demo data,
 * generates {@code --cases} cases if it has none (timed), then as the city supervisor asks {@code --rounds} times
 * for (a) each county's dashboard of the last twelve months and (b) the city's — every agency's cases, the whole
 * reach of the demo's top supervisor — over all the generator's years, each through HTTP (JSON, and the page for
 * (b)) and in-process (the read models without HTTP); and the floor in the same run: one grouped count of the same
 * cases as raw SQL, the least any figure of the dashboard costs.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      org.mingjing.statistics.AnalysisBenchmark --db postgres,h2 --cases 100000 --rounds 10
 * </pre>
 */
public final class AnalysisBenchmark {

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private AnalysisBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--db", "postgres,h2", "--cases", "100000",
                "--rounds", "10", "--pg-host", "127.0.0.1", "--pg-user", "postgres", "--pg-password", "",
                "--h2-dir", "target/bench-analysis-h2", "--explain", "false"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        AnalysisBenchmark benchmark = new AnalysisBenchmark(options);
        for (String db : options.get("--db").split(",")) {
            benchmark.run(db.strip());
        }
        System.exit(0);
    }

    private void run(String db) throws Exception {
        Path dataDir = Path.of(options.get("--h2-dir")).toAbsolutePath();
        Files.createDirectories(dataDir);
        BenchmarkDatabase database = BenchmarkDatabase.kept(db, "bench_analysis", dataDir, options);
        log("== " + db + ": starting the application on " + database.url());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MingjingApplication.class).run(
                java.util.stream.Stream.concat(java.util.Arrays.stream(database.arguments()), java.util.stream.Stream
                        .of("--server.port=0", "--mingjing.data-dir=" + dataDir, "--mingjing.demo=true",
                                "--mingjing.demo.cases=0", "--logging.level.root=WARN",
                                "--mingjing.scheduling.enabled=false")).toArray(String[]::new));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int cases = Integer.parseInt(options.get("--cases"));
            DataSource dataSource = app.getBean(DataSource.class);
            long existing = count(dataSource, "SELECT COUNT(*) FROM case_file");
            String generatedNote;
            if (existing == 0) {
                long t0 = System.nanoTime();
                app.getBean(org.mingjing.generator.SyntheticCases.class).generate(
                        new org.mingjing.generator.SyntheticCases.Request(cases, GeneratorArguments.DEFAULT_SEED,
                                null), new org.mingjing.generator.SyntheticCases.Listener() {
                        });
                double generated = (System.nanoTime() - t0) / 1e9;
                generatedNote = String.format("generated in this run in %.1f s", generated);
            } else {
                generatedNote = "generated by an earlier run";
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                    s.execute("VACUUM ANALYZE");
                } else {
                    s.execute("ANALYZE");
                }
            }
            long total = count(dataSource, "SELECT COUNT(*) FROM case_file");
            long steps = count(dataSource, "SELECT COUNT(*) FROM case_step");
            log(String.format("%,d cases (%s), %,d steps", total, generatedNote, steps));
            if (Boolean.parseBoolean(options.getOrDefault("--generate-only", "false"))) {
                return;
            }

            Organization organization = app.getBean(Organization.class);
            Analysis analysis = app.getBean(Analysis.class);
            List<Agency> agencies = organization.agencies();
            Agency city = agencies.stream().filter(a -> a.level() == AgencyLevel.CITY).findFirst().orElseThrow();
            List<Agency> counties = agencies.stream().filter(a -> city.id().equals(a.parentId())).toList();
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            LocalDate yearFrom = today.withDayOfMonth(1).minusMonths(11);
            LocalDate allFrom = LocalDate.of(2024, 1, 1);
            Caller supervisor = new BenchCaller(city.id());

            if (Boolean.parseBoolean(options.getOrDefault("--profile", "false"))) {
                profile(app, analysis, supervisor, city.id(), allFrom, today);
            }
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("city.supervisor:Demo@2026"
                    .getBytes(StandardCharsets.UTF_8));
            int rounds = Integer.parseInt(options.get("--rounds"));
            org.mingjing.testsupport.FormSession session = org.mingjing.testsupport.FormSession.signIn(port,
                    "city.supervisor", "Demo@2026");
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            long countyCases = 0;
            // The first dashboard after a load: no stored month, every marked case looked up, every month counted.
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("DELETE FROM analysis_cell").update();
            String cityQuery = "agencyId=" + city.id() + "&from=" + allFrom + "&to=" + today;
            long marks = count(dataSource, "SELECT COUNT(*) FROM analysis_mark");
            time(samples, 1, String.format("(b) the city, all years, the first time: %,d marks of changed cases, "
                    + "no stored month", marks), () -> get(client, auth, port, "/api/statistics/analysis?" + cityQuery));
            AnalysisCells cells = app.getBean(AnalysisCells.class);
            org.mingjing.cases.CaseAnalysis caseAnalysis = app.getBean(org.mingjing.cases.CaseAnalysis.class);
            List<String> caseIds = jdbc.sql("SELECT id FROM case_file ORDER BY id").query(String.class).list();
            java.util.Random random = new java.util.Random(7);
            for (int round = 0; round <= rounds; round++) {
                for (Agency county : counties) {
                    String q = "agencyId=" + county.id() + "&from=" + yearFrom + "&to=" + today;
                    time(samples, round, "(a) a county, last 12 months: `GET /api/statistics/analysis`",
                            () -> get(client, auth, port, "/api/statistics/analysis?" + q));
                    time(samples, round, "(a) in-process: the read models (Analysis.figures)",
                            () -> analysis.figures(analysis.request(supervisor, county.id(), yearFrom.toString(),
                                    today.toString(), null), Locale.CHINA).totals().filed());
                    long n = time(samples, round, "(a) floor: one grouped count of the same cases, raw SQL",
                            () -> floor(dataSource, Set.copyOf(organization.subtree(county.id())), yearFrom, today));
                    countyCases = Math.max(countyCases, n);
                }
                String q = "agencyId=" + city.id() + "&from=" + allFrom + "&to=" + today;
                time(samples, round, "(b) the city (every agency), all years: `GET /api/statistics/analysis`",
                        () -> get(client, auth, port, "/api/statistics/analysis?" + q));
                time(samples, round, "(b) the page `GET /statistics/analysis`", () -> {
                    java.net.http.HttpResponse<String> page = session.get("/statistics/analysis?" + q);
                    if (page.statusCode() != 200) {
                        throw new IllegalStateException("page " + page.statusCode());
                    }
                    return (long) page.body().length();
                });
                time(samples, round, "(b) in-process: the read models (Analysis.figures)",
                        () -> analysis.figures(analysis.request(supervisor, city.id(), allFrom.toString(),
                                today.toString(), null), Locale.CHINA).totals().filed());
                time(samples, round, "(b) floor: one grouped count of the same cases, raw SQL",
                        () -> floor(dataSource, Set.copyOf(organization.subtree(city.id())), allFrom, today));
                // Three cases change (a step recorded, say): their months are dropped and counted again.
                for (int i = 0; i < 3; i++) {
                    caseAnalysis.changed(caseIds.get(random.nextInt(caseIds.size())));
                }
                time(samples, round, "(c) the city, all years, after three cases changed: `GET /api/statistics/analysis`",
                        () -> get(client, auth, port, "/api/statistics/analysis?" + cityQuery));
                if (round <= 3) {
                    List<String> scope = List.copyOf(organization.subtree(city.id()));
                    time(samples, round, "(b) in-process, counting every case directly (no stored months; as before)",
                            () -> (long) cells.live(scope, allFrom, today, null, today).matters().size());
                }
            }
            if (Boolean.parseBoolean(options.get("--explain"))) {
                explain(dataSource, Set.copyOf(organization.subtree(city.id())), allFrom, today);
            }
            report.append("### ").append(db).append(String.format(
                    "%n%n%,d cases (%s), %,d steps; %d rounds after one unmeasured; the largest county has %,d cases "
                            + "in the last 12 months.%n%n| what | requests | p50 ms | p95 ms | max ms |%n"
                            + "| --- | ---: | ---: | ---: | ---: |%n", total, generatedNote, steps, rounds,
                    countyCases));
            for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
                row(e.getKey(), e.getValue());
            }
            report.append('\n');
            System.out.println(report);
        } finally {
            app.close();
        }
    }

    /** Each part of the city's dashboard timed alone, three times, for finding where the time goes. */
    private static void profile(ConfigurableApplicationContext app, Analysis analysis, Caller caller, String cityId,
            LocalDate from, LocalDate to) {
        org.mingjing.cases.CaseAnalysis cases = app.getBean(org.mingjing.cases.CaseAnalysis.class);
        org.mingjing.publicity.PublicationTimeliness publications = app.getBean(
                org.mingjing.publicity.PublicationTimeliness.class);
        org.mingjing.review.ReviewOutcomes reviews = app.getBean(org.mingjing.review.ReviewOutcomes.class);
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Analysis.Request r = analysis.request(caller, cityId, from.toString(), to.toString(), null);
            t = lap("request (scope, catalogue)", t);
            org.mingjing.cases.CaseAnalysis.Filter f = new org.mingjing.cases.CaseAnalysis.Filter(r.scope(), from, to,
                    null);
            cases.byMatter(f);
            t = lap("cases by matter", t);
            cases.byMonth(f);
            t = lap("cases by month", t);
            cases.byPlace(f);
            t = lap("cases by place", t);
            cases.byWeekdayHour(f);
            t = lap("cases by weekday and hour", t);
            cases.byOfficer(f);
            t = lap("cases by officer", t);
            cases.durations(f);
            t = lap("stage durations", t);
            cases.all(f);
            t = lap("all case figures in one transaction", t);
            publications.count(r.scope(), from, to, null, to);
            t = lap("publications", t);
            reviews.count(r.scope(), from, to, null);
            t = lap("reviews", t);
            analysis.figures(r, Locale.CHINA);
            lap("figures, all", t);
        }
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        log(String.format("%-40s %8.1f ms", what, (now - since) / 1e6));
        return now;
    }

    /** A caller for the in-process runs: the city's supervisor, who sees every agency under the city. */
    private record BenchCaller(String agencyId) implements Caller {
        @Override
        public String username() {
            return "city.supervisor";
        }

        @Override
        public String displayName() {
            return "city.supervisor";
        }

        @Override
        public java.util.Optional<String> officerId() {
            return java.util.Optional.empty();
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.SUPERVISOR);
        }
    }

    private static long time(Map<String, List<Long>> samples, int round, String name, Supplier<Long> work) {
        long start = System.nanoTime();
        long result = work.get();
        long took = System.nanoTime() - start;
        if (round > 0) {
            samples.computeIfAbsent(name, k -> new ArrayList<>()).add(took);
        }
        return result;
    }

    private static long get(HttpClient client, String auth, int port, String path) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body().length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cases of the agencies filed in the period, counted per matter: one grouped scan, rows read and dropped. */
    private static long floor(DataSource dataSource, Set<String> agencyIds, LocalDate from, LocalDate to) {
        String in = String.join(",", agencyIds.stream().map(a -> "?").toList());
        long cases = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT matter_code, COUNT(*) FROM case_file WHERE "
                        + "agency_id IN (" + in + ") AND filed_on BETWEEN ? AND ? GROUP BY matter_code")) {
            int i = 1;
            for (String a : agencyIds) {
                ps.setString(i++, a);
            }
            ps.setObject(i++, from);
            ps.setObject(i, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases += rs.getLong(2);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return cases;
    }

    /** The plans of the dashboard's heaviest queries for the whole city, printed for docs/performance.md. */
    private static void explain(DataSource dataSource, Set<String> agencyIds, LocalDate from, LocalDate to)
            throws Exception {
        String in = String.join(",", agencyIds.stream().map(a -> "'" + a + "'").toList());
        String where = " c.agency_id IN (" + in + ") AND c.filed_on BETWEEN DATE '" + from + "' AND DATE '" + to + "'";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String explain = pg ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
            for (String sql : List.of(
                    "SELECT c.agency_id, c.matter_code, COUNT(*) FROM case_file c WHERE" + where
                            + " GROUP BY c.agency_id, c.matter_code",
                    "SELECT x.d, x.h, COUNT(*) FROM (SELECT EXTRACT(ISODOW FROM c.created_at AT TIME ZONE "
                            + "'Asia/Shanghai') AS d, EXTRACT(HOUR FROM c.created_at AT TIME ZONE 'Asia/Shanghai') "
                            + "AS h FROM case_file c WHERE" + where + ") x GROUP BY x.d, x.h",
                    "SELECT COUNT(*) FROM (SELECT c.decided_on, (SELECT MIN(s.occurred_on) FROM case_step s WHERE "
                            + "s.case_id = c.id AND s.kind = 'SERVICE') AS served FROM case_file c WHERE" + where
                            + " AND c.decided_on IS NOT NULL) y")) {
                long start = System.nanoTime();
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery(explain + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                log(String.format("plan (%.0f ms):%n%s", (System.nanoTime() - start) / 1e6, plan));
            }
        }
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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
