package org.mingjing.publicity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.mingjing.MingjingApplication;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.testsupport.BenchmarkDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's decision search under load (issue 7, done-when: over 100,000 publications, within 100 ms at the 95th
 * percentile with 50 concurrent clients), not run by the test suite. For each database it starts the whole
 * application in this JVM on a fresh database (PostgreSQL {@code bench_pub} on 127.0.0.1, dropped and created; or an
 * H2 file in a temporary directory) with the demo data, files one case through the API (the foreign key wants one),
 * writes {@code --rows} PUBLISHED publications straight into the table — parties, matters, agencies of the demo,
 * decision dates over three years, Chinese texts of 400–700 characters as the core's masked text reads — and lets the
 * index catch up with them as a start would (timed). Then {@code --clients} HTTP clients, each sending its next
 * request as soon as the last is answered, run a mix against {@code /api/public/decisions} for {@code --warmup} and
 * {@code --seconds} seconds; and the floor in the same run: the same mix as raw SQL ({@code LIKE '%q%'} over title,
 * party, agency, number and text, the page and its count) on the same database, first one query at a time, then
 * with as many threads as clients.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      org.mingjing.publicity.DecisionSearchBenchmark --db postgres,h2 --rows 100000 --clients 50
 * </pre>
 *
 * {@code --api false}, {@code --portal false} and {@code --floor false} leave those parts out; {@code --kept false}
 * makes the index read every page and total afresh, as if no search ever repeated.
 */
public final class DecisionSearchBenchmark {

    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧" };
    static final String[] GIVEN = { "建国", "秀英", "志强", "桂兰", "海燕", "文博", "红梅", "立新", "玉珍", "振华", "晓东", "春花",
            "国庆", "丽娟", "明亮", "淑芬", "永刚", "雪梅", "德胜", "凤英", "宏伟", "金花", "伟", "静", "磊", "敏", "军", "洋" };
    static final String[] DISTRICTS = { "湖滨区", "陕州区", "义马市", "渑池县", "卢氏县", "灵宝市" };
    static final String[] ORG_WORDS = { "晨光", "夕阳红", "康宁", "福寿", "长青", "同心", "黄河", "崤山", "天鹅", "仰韶", "函谷",
            "甘棠", "清风", "明德", "和顺", "永安", "博爱", "春晖", "百合", "金秋", "阳光", "星火", "幸福", "仁和" };
    static final String[] ORG_KINDS = { "文化交流协会", "养老院", "老年公寓", "社会工作服务中心", "书画研究会", "慈善会", "殡葬服务站",
            "公益基金会", "老年大学", "互助会", "体育健身协会", "商会", "志愿者协会", "托养中心", "婚姻介绍所" };
    static final String[] MATTERS = { "对社会团体违反登记管理规定行为的行政处罚", "对未经登记擅自以社会团体名义进行活动的行政处罚",
            "对民办非企业单位超出章程规定的宗旨和业务范围进行活动的行政处罚", "对民办非企业单位从事营利性经营活动的行政处罚",
            "对民办非企业单位不按照规定办理变更登记的行政处罚", "对基金会等不履行信息公布义务或者公布虚假信息的行政处罚",
            "对基金会未按照规定完成公益事业支出额度的行政处罚", "对未经批准擅自兴建殡葬设施的行政处罚", "对墓穴占地面积超过规定标准的行政处罚",
            "对制造、销售封建迷信殡葬用品的行政处罚", "对慈善组织未按照慈善宗旨开展活动的行政处罚",
            "对养老机构未建立入院评估制度的行政处罚", "对养老机构未依照规定预防和处置突发事件的行政处罚",
            "对违反地名管理规定擅自命名、更名的行政处罚", "对社会团体自取得登记证书之日起1年未开展活动的行政处罚" };
    static final String[] FACTS = { "经查，当事人于%s在%s以举办培训为名收取费用，参加人数共计%s余人，违法所得经核实为人民币%s元。",
            "当事人超出章程规定的宗旨和业务范围开展%s活动，收取会费及服务费合计%s元。",
            "执法人员于%s对当事人位于%s的活动场所进行检查，发现其未按规定建立%s制度，相关台账缺失。",
            "当事人未按照规定办理变更登记，其法定代表人、住所已于%s变更，至今未向登记管理机关申请。",
            "经调查核实，当事人在会计凭证、会计账簿中弄虚作假，虚列支出%s元，隐瞒收入%s元。",
            "当事人在%s擅自兴建骨灰存放设施%s处，占地约%s平方米，未取得民政部门批准。",
            "证人王某、李某证实，当事人多次以%s名义对外开展募捐活动，募得款项%s元未按规定使用。",
            "当事人在规定期限内未提出陈述、申辩意见，亦未要求举行听证。",
            "当事人联系电话***********，住址：********************，身份证号******************。",
            "本案证据有询问笔录、现场检查笔录、银行流水、收费票据、证人证言等，足以认定。" };
    static final String[] PLACES = { "黄河路18号", "崤山路56号", "六峰路9号", "大岭路126号", "建设路33号", "和平路7号", "文明路88号",
            "上阳路15号", "经一路21号", "甘棠路6号" };
    static final String[] ACTIVITIES = { "收费培训", "评比表彰", "健康讲座", "书画展览", "养老咨询", "婚介服务", "殡葬中介", "募捐" };
    static final String[] SYSTEMS = { "入住评估", "消防安全", "食品安全", "值班巡查", "财务管理", "档案管理" };
    static final String[] PENALTIES = { "警告", "警告，并处罚款人民币叁万元", "罚款人民币壹万元", "没收违法所得人民币伍仟元", "责令停止活动",
            "撤销登记", "罚款人民币伍万元，没收违法所得" };

    /** What the clients search for: a party's name, a matter's words, an agency, dates, nothing, or several. */
    enum Kind {
        PARTY, MATTER, AGENCY, DATES, EMPTY, COMBINED
    }

    record Query(Kind kind, String q, String agencyId, LocalDate from, LocalDate to, int page) {

        String path(String base) {
            StringBuilder b = new StringBuilder(base + "?size=20&page=" + page);
            if (q != null) {
                b.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            if (agencyId != null) {
                b.append("&agencyId=").append(agencyId);
            }
            if (from != null) {
                b.append("&from=").append(from).append("&to=").append(to);
            }
            return b.toString();
        }
    }

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();
    /** The application's index, whose kept pages the report counts. */
    private DecisionIndex decisionIndex;

    private DecisionSearchBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--db", "postgres,h2", "--rows", "100000",
                "--clients", "50", "--warmup", "20", "--seconds", "60", "--pg-host", "127.0.0.1", "--pg-user",
                "postgres", "--pg-password", "", "--floor", "true", "--portal", "true"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        DecisionSearchBenchmark benchmark = new DecisionSearchBenchmark(options);
        for (String db : options.get("--db").split(",")) {
            benchmark.run(db.strip());
        }
        System.out.println();
        System.out.println(benchmark.report);
        System.exit(0);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run(String db) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-pub-");
        BenchmarkDatabase database = BenchmarkDatabase.fresh(db, "bench_pub", dataDir, options);
        log("== " + db + ": starting the application on " + database.url());
        // Arguments, not default properties: they must win over application.properties.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MingjingApplication.class).run(
                java.util.stream.Stream.concat(Arrays.stream(database.arguments()), Stream.of("--server.port=0",
                        "--mingjing.data-dir=" + dataDir, "--mingjing.demo=true", "--mingjing.demo.cases=0",
                        "--logging.level.root=WARN", "--logging.level.org.mingjing.publicity=INFO",
                        "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, option("--clients"))))
                        .toArray(String[]::new));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<Agency> agencies = app.getBean(Organization.class).agencies();
            String caseId = fileCase(port);
            DataSource dataSource = app.getBean(DataSource.class);
            Random random = new Random(20261128);
            long t0 = System.nanoTime();
            List<String> parties = fill(dataSource, caseId, agencies, option("--rows"), random);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            log(String.format("filled %,d rows in %.1f s", option("--rows"), fillSeconds));

            DecisionIndexing indexing = app.getBean(DecisionIndexing.class);
            t0 = System.nanoTime();
            indexing.reconcile();
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            indexing.reconcile();
            double catchUpSeconds = (System.nanoTime() - t0) / 1e9;
            long indexBytes;
            try (Stream<Path> files = Files.walk(dataDir.resolve("search"))) {
                indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            log(String.format("index: built in %.1f s, restart catch-up %.2f s, %.1f MB", buildSeconds,
                    catchUpSeconds, indexBytes / 1e6));
            // The background merges after the build must not share the measured minutes: wait until the segments
            // stay the same for ten seconds.
            decisionIndex = app.getBean(DecisionIndex.class);
            int segments = decisionIndex.segments();
            for (int stable = 0; stable < 10; ) {
                Thread.sleep(1000);
                int now = decisionIndex.segments();
                stable = now == segments ? stable + 1 : 0;
                segments = now;
            }
            log("index: " + segments + " segments once merged");
            // --kept false: every search reads its page and total from the index, as if none ever repeated.
            decisionIndex.keepRecent(!"false".equals(options.get("--kept")));

            Mix mix = new Mix(agencies, parties);
            String api = "/api/public/decisions";
            boolean apiRuns = !"false".equals(options.get("--api"));
            Measured single = apiRuns ? http(port, api, mix, 1, 10, 20) : null;
            Measured http = apiRuns ? http(port, api, mix, option("--clients"), option("--warmup"),
                    option("--seconds")) : null;
            boolean portal = Boolean.parseBoolean(options.get("--portal"));
            Measured pageOne = portal ? http(port, "/portal/decisions", mix, 1, 5, 15) : null;
            Measured fragmentOne = portal ? http(port, "/portal/fragments/decisions", mix, 1, 5, 15) : null;
            Measured page = portal ? http(port, "/portal/decisions", mix, option("--clients"), 10, 30) : null;
            Measured fragment = portal ? http(port, "/portal/fragments/decisions", mix, option("--clients"), 10, 30)
                    : null;
            boolean floor = Boolean.parseBoolean(options.get("--floor"));
            Measured sqlOne = floor ? sql(dataSource, mix, 1) : null;
            Measured sqlMany = floor ? sql(dataSource, mix, option("--clients")) : null;

            report.append("### ").append(db).append(String.format(
                    "%n%n%,d publications; filled in %.1f s; index built from the table in %.1f s (%.1f MB on disk, "
                            + "%d segments once merged), caught up at a restart with nothing changed in %.2f s.%n%n",
                    option("--rows"), fillSeconds, buildSeconds, indexBytes / 1e6, segments, catchUpSeconds));
            if (apiRuns) {
                table("HTTP `/api/public/decisions`, 1 client (the cost of one request)", single);
                table("HTTP `/api/public/decisions`, " + option("--clients") + " clients", http);
            }
            if (portal) {
                table("HTTP `/portal/decisions` (the whole HTML page), 1 client", pageOne);
                table("HTTP `/portal/fragments/decisions` (the results a search on the page fetches), 1 client",
                        fragmentOne);
                table("HTTP `/portal/decisions` (the whole HTML page), " + option("--clients") + " clients", page);
                table("HTTP `/portal/fragments/decisions` (the results a search on the page fetches), "
                        + option("--clients") + " clients", fragment);
            }
            if (floor) {
                table("floor: raw SQL (`LIKE '%q%'`, page and count), 1 client", sqlOne);
                table("floor: raw SQL, " + option("--clients") + " clients", sqlMany);
            }
        } finally {
            app.close();
            database.drop();
        }
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }

    private static String fileCase(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("hubin.officer1:Demo@2026"
                .getBytes(StandardCharsets.UTF_8));
        String me = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        String officer1 = me.replaceAll(".*\"officerId\":\"([^\"]+)\".*", "$1");
        String me2 = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "hubin.officer2:Demo@2026".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String officer2 = me2.replaceAll(".*\"officerId\":\"([^\"]+)\".*", "$1");
        String body = """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展活动。", "occurredOn": "2026-09-01", "filedOn": "2026-09-07",
                 "place": "湖滨区黄河路18号", "illegalIncome": 10000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/cases")).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("case not filed: " + r.body());
        }
        return r.body().replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }

    /** Writes the publications in batches; returns the parties' names, for the clients to look for. */
    private static List<String> fill(DataSource dataSource, String caseId, List<Agency> agencies, int rows,
            Random random) throws Exception {
        List<String> parties = new ArrayList<>();
        LocalDate last = LocalDate.parse("2026-11-27");
        Map<String, Integer> numbers = new ConcurrentHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO publication (id, case_id, document_id, "
                    + "agency_id, agency_name, act_type, decision_type, penalty_kinds, status, decided_on, due_by, "
                    + "title, party_name, number, original_text, masked_text, findings, manual_marks, revision, "
                    + "entered_by, reviewed_by, released_by, published_on, published_at, expires_on, created_at, "
                    + "public_changed_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'PENALTY', 'WARNING,FINE', "
                    + "'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, '[]', '[]', 0, 'bench.officer', 'bench.head', 'bench.head', ?, "
                    + "?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < rows; i++) {
                    Agency agency = agencies.get(1 + random.nextInt(agencies.size() - 1));
                    LocalDate decided = last.minusDays(random.nextInt(3 * 365));
                    String party = random.nextInt(10) < 6
                            ? "三门峡市" + pick(DISTRICTS, random) + pick(ORG_WORDS, random) + pick(ORG_KINDS, random)
                            : pick(SURNAMES, random) + pick(GIVEN, random);
                    if (parties.size() < 5000) {
                        parties.add(party);
                    }
                    String shortName = agency.shortName() == null ? "民" : agency.shortName();
                    int n = numbers.merge(agency.id() + decided.getYear(), 1, Integer::sum);
                    String number = shortName + "罚〔" + decided.getYear() + "〕" + n + "号";
                    String matter = pick(MATTERS, random);
                    StringBuilder facts = new StringBuilder();
                    int sentences = 3 + random.nextInt(4);
                    for (int s = 0; s < sentences; s++) {
                        facts.append(String.format(pick(FACTS, random), decided.minusDays(30 + random.nextInt(200)),
                                pick(DISTRICTS, random) + pick(PLACES, random),
                                random.nextBoolean() ? pick(ACTIVITIES, random) : pick(SYSTEMS, random),
                                String.valueOf(1000 + random.nextInt(90000)), String.valueOf(10 + random.nextInt(90))));
                    }
                    String masked = String.join("\n", "决定书文号：" + number, "行政相对人：" + party, "执法类别：行政处罚",
                            "执法事项：" + matter, "主要事实：" + facts, "执法依据：《社会团体登记管理条例》第三十条第一款第（二）项",
                            "决定类型：给予行政处罚", "处理结果：" + pick(PENALTIES, random),
                            "作出决定日期：" + decided.getYear() + "年" + decided.getMonthValue() + "月"
                                    + decided.getDayOfMonth() + "日",
                            "作出决定机关：" + agency.name());
                    LocalDate published = decided.plusDays(1 + random.nextInt(7));
                    OffsetDateTime at = published.atTime(10, random.nextInt(60)).atOffset(ZoneOffset.ofHours(8));
                    int p = 1;
                    ps.setString(p++, UUID.randomUUID().toString());
                    ps.setString(p++, caseId);
                    ps.setString(p++, UUID.randomUUID().toString());
                    ps.setString(p++, agency.id());
                    ps.setString(p++, agency.name());
                    ps.setString(p++, random.nextInt(10) == 0 ? "ADMINISTRATIVE_COERCION" : "ADMINISTRATIVE_PENALTY");
                    ps.setObject(p++, decided);
                    ps.setObject(p++, decided.plusDays(10));
                    ps.setString(p++, "关于" + party + "的行政处罚决定书");
                    ps.setString(p++, party);
                    ps.setString(p++, number);
                    ps.setString(p++, masked.replace("***********", "13803980000"));
                    ps.setString(p++, masked);
                    ps.setObject(p++, published);
                    ps.setObject(p++, at);
                    ps.setObject(p++, published.plusYears(3));
                    ps.setObject(p++, at);
                    ps.setObject(p++, at);
                    ps.setObject(p++, at);
                    ps.addBatch();
                    if (i % 1000 == 999 || i == rows - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    s.execute("ANALYZE publication");
                    c.commit();
                }
            }
        }
        return parties;
    }

    /**
     * The clients' mix, drawn afresh for every request (nothing is replayed, so no cache sees a query again unless
     * the mix itself repeats it): 25 % a party's name or two to four characters of it (from 5,000 parties), 25 %
     * matter words (18), 15 % an agency (a page of the first five), 15 % a range of one to three months of decision
     * dates, 10 % nothing (a page of the first five), 10 % words with an agency and half a year.
     */
    record Mix(List<Agency> agencies, List<String> parties) {

        static final String[] WORDS = { "收费培训", "养老", "殡葬设施", "会计凭证", "变更登记", "募捐", "骨灰", "评估制度", "宗旨和业务范围",
                "违法所得", "消防安全", "书画", "婚介服务", "慈善", "未按规定", "弄虚作假", "黄河路", "崤山路" };
        static final LocalDate FIRST = LocalDate.parse("2023-12-01");

        Query next(Random random) {
            int roll = random.nextInt(100);
            String agency = agencies.get(1 + random.nextInt(agencies.size() - 1)).id();
            LocalDate from = FIRST.plusDays(random.nextInt(3 * 365 - 90));
            LocalDate to = from.plusDays(30 + random.nextInt(60));
            if (roll < 25) {
                String party = parties.get(random.nextInt(parties.size()));
                String q = party;
                if (party.length() > 4 && random.nextBoolean()) {
                    int len = 2 + random.nextInt(3);
                    int start = random.nextInt(party.length() - len);
                    q = party.substring(start, start + len);
                }
                return new Query(Kind.PARTY, q, null, null, null, 0);
            } else if (roll < 50) {
                return new Query(Kind.MATTER, pick(WORDS, random), null, null, null, random.nextInt(3));
            } else if (roll < 65) {
                return new Query(Kind.AGENCY, null, agency, null, null, random.nextInt(5));
            } else if (roll < 80) {
                return new Query(Kind.DATES, null, null, from, to, random.nextInt(3));
            } else if (roll < 90) {
                return new Query(Kind.EMPTY, null, null, null, null, random.nextInt(5));
            }
            return new Query(Kind.COMBINED, pick(WORDS, random), agency, from.minusDays(180), to, 0);
        }
    }

    /** Closed loop: each client sends its next request when the last is answered; latencies of the measured span. */
    private Measured http(int port, String base, Mix mix, int clients, int warmup, int measured)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong failures = new AtomicLong();
        Map<Kind, List<long[]>> samples = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            Random random = new Random(1000 + t);
            Thread thread = new Thread(() -> {
                Map<Kind, LongList> mine = new LinkedHashMap<>();
                try {
                    while (!stop.get()) {
                        Query q = mix.next(random);
                        long start = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + port + q.path(base))).header("Accept", base.startsWith("/api") ? "application/json"
                                        : "text/html").build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        if (measuring.get()) {
                            mine.computeIfAbsent(q.kind(), k -> new LongList()).add(took);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    failures.incrementAndGet();
                } finally {
                    mine.forEach((k, v) -> samples.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(v.toArray()));
                    done.countDown();
                }
            });
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        decisionIndex.keptAndRead();
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(measured * 1000L);
        measuring.set(false);
        long[] keptAndRead = decisionIndex.keptAndRead();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        log("HTTP: " + failures.get() + " failed requests");
        return merged(samples, seconds).kept(keptAndRead[0], keptAndRead[1]);
    }

    /** The same mix as raw SQL on the same database, with {@code threads} threads for 20 s after 5 s of warm-up. */
    private Measured sql(DataSource dataSource, Mix mix, int threads) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        Map<Kind, List<long[]>> samples = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Random random = new Random(2000 + t);
            new Thread(() -> {
                Map<Kind, LongList> mine = new LinkedHashMap<>();
                try (Connection c = dataSource.getConnection()) {
                    while (!stop.get()) {
                        Query q = mix.next(random);
                        long start = System.nanoTime();
                        sqlPage(c, q);
                        long took = System.nanoTime() - start;
                        if (measuring.get()) {
                            mine.computeIfAbsent(q.kind(), k -> new LongList()).add(took);
                        }
                    }
                } catch (Exception e) {
                    log("SQL failed: " + e);
                } finally {
                    mine.forEach((k, v) -> samples.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(v.toArray()));
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(5_000);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(20_000);
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        return merged(samples, seconds);
    }

    /** The page of 20 and its count, as a naive implementation of the API would read them. */
    private static void sqlPage(Connection c, Query q) throws Exception {
        StringBuilder where = new StringBuilder(" FROM publication WHERE status = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        if (q.q() != null) {
            where.append(" AND (title LIKE ? OR party_name LIKE ? OR agency_name LIKE ? OR number LIKE ? "
                    + "OR masked_text LIKE ?)");
            for (int i = 0; i < 5; i++) {
                params.add("%" + q.q() + "%");
            }
        }
        if (q.agencyId() != null) {
            where.append(" AND agency_id = ?");
            params.add(q.agencyId());
        }
        if (q.from() != null) {
            where.append(" AND decided_on >= ? AND decided_on <= ?");
            params.add(q.from());
            params.add(q.to());
        }
        try (PreparedStatement page = c.prepareStatement("SELECT id, title, agency_name, party_name, number, "
                + "decided_on, published_on" + where + " ORDER BY decided_on DESC, id LIMIT 20 OFFSET " + q.page() * 20);
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + where)) {
            for (int i = 0; i < params.size(); i++) {
                page.setObject(i + 1, params.get(i));
                count.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
            }
        }
    }

    private static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The sorted latencies (ns) of each kind of query, and the measured span's length. */
    /** The latencies, and how many searches found their page kept by the index or read it ({@code -1}: none). */
    record Measured(Map<Kind, long[]> byKind, long[] all, double seconds, long kept, long read) {

        Measured kept(long kept, long read) {
            return new Measured(byKind, all, seconds, kept, read);
        }
    }

    private static Measured merged(Map<Kind, List<long[]>> samples, double seconds) {
        Map<Kind, long[]> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, samples.getOrDefault(k, List.of()).stream().flatMapToLong(Arrays::stream).sorted()
                    .toArray());
        }
        long[] all = byKind.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Measured(byKind, all, seconds, -1, -1);
    }

    private void table(String title, Measured m) {
        report.append("**").append(title).append("**\n\n");
        report.append("| queries | requests | p50 ms | p95 ms | p99 ms | max ms | per second |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<Kind, long[]> e : m.byKind().entrySet()) {
            row(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue(), m.seconds());
        }
        row("**all**", m.all(), m.seconds());
        report.append('\n');
        if (m.kept() >= 0 && m.kept() + m.read() > 0) {
            report.append(String.format("Searches answered from a page the index kept: %,d of %,d (%.0f %%).%n%n",
                    m.kept(), m.kept() + m.read(), 100.0 * m.kept() / (m.kept() + m.read())));
        }
        log(title + " done");
    }

    private void row(String name, long[] v, double seconds) {
        if (v.length == 0) {
            report.append("| ").append(name).append(" | 0 | | | | | |\n");
            return;
        }
        report.append(String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, v.length, pct(v, 50),
                pct(v, 95), pct(v, 99), v[v.length - 1] / 1e6, v.length / seconds));
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
