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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.mingjing.generator.GeneratorArguments;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.testsupport.BenchmarkDatabase;
import org.mingjing.testsupport.BenchmarkTable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The annual report over 100,000 generated cases (issue 8, done-when: any agency's report within 2 seconds), not run
 * by the test suite. For each database it starts the application on a fresh database (PostgreSQL {@code bench_stat}
 * on 127.0.0.1, dropped and created; or an H2 file in a temporary directory) with the demo data, generates
 * {@code --cases} cases with the generator (timed), then asks for every agency's report of every year of the
 * generator's span over HTTP as the city supervisor, {@code --rounds} times, as JSON, xlsx and PDF; and the floor in
 * the same run: the report's queries as raw SQL (the decisions of the agency and year with their decision steps,
 * and the counts filed and closed), reading every row without parsing it.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      org.mingjing.statistics.AnnualReportBenchmark --db postgres,h2 --cases 100000 --rounds 5
 * </pre>
 */
public final class AnnualReportBenchmark {

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private AnnualReportBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkDatabase.options(args, "--db", "postgres,h2", "--cases", "100000",
                "--rounds", "5");
        AnnualReportBenchmark benchmark = new AnnualReportBenchmark(options);
        for (String db : options.get("--db").split(",")) {
            benchmark.run(db.strip());
        }
        System.exit(0);
    }

    private void run(String db) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-stat-");
        BenchmarkDatabase database = BenchmarkDatabase.fresh(db, "bench_stat", dataDir, options);
        log("== " + db + ": starting the application on " + database.url());
        ConfigurableApplicationContext app = database.start(dataDir);
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int cases = Integer.parseInt(options.get("--cases"));
            long t0 = System.nanoTime();
            app.getBean(org.mingjing.generator.SyntheticCases.class).generate(
                    new org.mingjing.generator.SyntheticCases.Request(cases, GeneratorArguments.DEFAULT_SEED, null),
                    new org.mingjing.generator.SyntheticCases.Listener() {
                    });
            double generated = (System.nanoTime() - t0) / 1e9;
            log(String.format("generated %,d cases in %.1f s", cases, generated));
            DataSource dataSource = app.getBean(DataSource.class);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    s.execute("ANALYZE");
                }
            }
            List<Agency> agencies = app.getBean(Organization.class).agencies();
            int rounds = Integer.parseInt(options.get("--rounds"));
            HttpClient client = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("city.supervisor:Demo@2026"
                    .getBytes(StandardCharsets.UTF_8));
            Map<String, List<Long>> http = new LinkedHashMap<>();
            List<Long> floor = new ArrayList<>();
            long biggest = 0;
            String biggestName = "";
            for (int round = 0; round <= rounds; round++) {
                for (Agency a : agencies) {
                    for (int year = 2024; year <= 2026; year++) {
                        for (String format : List.of("json", "xlsx", "pdf")) {
                            long start = System.nanoTime();
                            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                    + port + "/api/statistics/annual-report?agencyId=" + a.id() + "&year=" + year
                                    + "&format=" + format)).header("Authorization", auth).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            long took = System.nanoTime() - start;
                            if (r.statusCode() == 404) {
                                continue; // outside the city's reach (the province)
                            }
                            if (r.statusCode() != 200) {
                                throw new IllegalStateException(format + " " + r.statusCode() + " "
                                        + new String(r.body(), StandardCharsets.UTF_8));
                            }
                            if (round > 0) {
                                http.computeIfAbsent(format, k -> new ArrayList<>()).add(took);
                            }
                        }
                        long start = System.nanoTime();
                        long rows = floor(dataSource, a.id(), year);
                        if (round > 0) {
                            floor.add(System.nanoTime() - start);
                        }
                        if (rows > biggest) {
                            biggest = rows;
                            biggestName = a.name() + " " + year;
                        }
                    }
                }
            }
            report.append("### ").append(db).append(String.format(
                    "%n%n%,d generated cases (%.1f s); %d rounds after one unmeasured; the largest report is %s with "
                            + "%,d decisions.%n%n| what | requests | p50 ms | p95 ms | max ms |%n| --- | ---: | ---: | "
                            + "---: | ---: |%n", cases, generated, rounds, biggestName, biggest));
            for (Map.Entry<String, List<Long>> e : http.entrySet()) {
                row("`GET /api/statistics/annual-report?format=" + e.getKey() + "`", e.getValue());
            }
            row("floor: the report's rows as raw SQL", floor);
            report.append('\n');
            System.out.println(report); // each database's figures as soon as they are known
        } finally {
            app.close();
            database.drop();
        }
    }

    /** The rows the report reads, read and dropped: the decisions with their steps' data, then the two counts. */
    private static long floor(DataSource dataSource, String agencyId, int year) throws Exception {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.decision_type, s.data FROM case_file c "
                    + "JOIN case_step s ON s.case_id = c.id AND s.kind = 'DECISION' WHERE c.agency_id = ? "
                    + "AND c.decided_on BETWEEN ? AND ?")) {
                ps.setString(1, agencyId);
                ps.setObject(2, java.time.LocalDate.of(year, 1, 1));
                ps.setObject(3, java.time.LocalDate.of(year, 12, 31));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(3);
                        rows++;
                    }
                }
            }
            for (String column : new String[] { "filed_on", "closed_on" }) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM case_file WHERE agency_id = ? "
                        + "AND " + column + " BETWEEN ? AND ?")) {
                    ps.setString(1, agencyId);
                    ps.setObject(2, java.time.LocalDate.of(year, 1, 1));
                    ps.setObject(3, java.time.LocalDate.of(year, 12, 31));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
        return rows;
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
