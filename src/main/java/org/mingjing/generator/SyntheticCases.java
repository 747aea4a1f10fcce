package org.mingjing.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.PenaltySettings;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the database with synthetic penalty cases for demos, training and benchmarks: realistic Chinese cases of
 * the city's and counties' agencies, in every stage, filed over the window of the word file (2024-01-01 to
 * 2026-11-20, never after today in 三门峡). Each case is told by a {@link CaseStory} and written straight to the
 * case tables in batches of {@value #BATCH} cases, one transaction each. Cases are told in order on one thread
 * (their document numbers depend on it) while others write the batches told before — two on PostgreSQL, one on
 * the embedded database ({@link CaseTables#writers()}); the batches commit their document counters in order
 * ({@link CaseTables.CommitOrder}).
 *
 * <p>Reproducible: the same seed on the same database (the same agencies, officers, matters and document counters)
 * gives the same cases, numbers and ids. Ids begin with the filing moment and go on with bits hashed from the case
 * number, which is unique per agency, so a second run adds new cases rather than colliding with the first.
 *
 * <p>Only the penalty procedure (行政处罚) exists so far; licensing, coercion and inspection cases will follow when
 * their procedures do. Synthetic rows bypass the workflow's events (the audit log records no CASE_FILED for
 * them) and are marked {@code created_by = 'generator'}.
 */
@Service
public class SyntheticCases {

    static final int BATCH = 1000;

    private final Organization organization;
    private final Catalogue catalogue;
    private final StatutoryCalendar calendar;
    private final PenaltySettings settings;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Words words;

    private final org.mingjing.ledger.Ledger ledger;
    private final org.mingjing.review.Reviews reviews;

    private final org.mingjing.publicity.PublicationDrafts publicationDrafts;

    SyntheticCases(Organization organization, Catalogue catalogue, StatutoryCalendar calendar, PenaltySettings settings,
            MessageSource messages, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            org.mingjing.ledger.Ledger ledger, org.mingjing.review.Reviews reviews,
            org.mingjing.publicity.PublicationDrafts publicationDrafts) {
        this.publicationDrafts = publicationDrafts;
        this.ledger = ledger;
        this.reviews = reviews;
        this.organization = organization;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Each office's review catalogue, time limit and qualified legal reviewers (seed §二(三), Art. 58). */
    private CaseStory.Reviewing reviewing(Scene scene) {
        java.util.Map<String, java.util.List<org.mingjing.catalogue.ReviewRule>> catalogues = new java.util.HashMap<>();
        java.util.Map<String, Integer> days = new java.util.HashMap<>();
        java.util.Map<String, java.util.List<org.mingjing.organization.Officer>> reviewers = new java.util.HashMap<>();
        for (Scene.Office office : scene.offices) {
            String id = office.agency().id();
            catalogues.put(id, catalogue.reviewRules(id));
            days.put(id, reviews.timeLimitDays(id));
            reviewers.put(id, office.colleagues().stream()
                    .filter(org.mingjing.organization.Officer::qualifiedToReview).toList());
        }
        return new CaseStory.Reviewing(catalogues, days, reviewers);
    }

    /**
     * What to generate: how many cases, the seed, and optionally one agency (its name or short name); optionally
     * the window the cases are filed in and told up to (the word file's, ending today at the latest, by default), and
     * one township of the agency's county where they all happen (the demo's burst of recent cases, a hot spot).
     */
    public record Request(int cases, long seed, String agency, LocalDate from, LocalDate until, String township) {

        public Request(int cases, long seed, String agency) {
            this(cases, seed, agency, null, null, null);
        }
    }

    /** What was written: cases and rows of all tables, and how long it took. */
    public record Summary(int cases, long rows, Duration took) {
    }

    /** Told when the run starts and after each batch is committed. */
    public interface Listener {

        default void started(int cases, long seed, int agencies, LocalDate from, LocalDate until) {
        }

        default void advanced(int done, int total, long rows, Duration elapsed) {
        }
    }

    /**
     * Generates the cases. Throws {@link GeneratorProblem} when no agency can have cases (none with penalty
     * matters and two officers who may act), or the named agency is not one of them.
     */
    public Summary generate(Request request, Listener listener) {
        CaseTables tables = new CaseTables(jdbc, transactions, ledger);
        return tables.withLargeCache(() -> generate(request, listener, tables));
    }

    private Summary generate(Request request, Listener listener, CaseTables tables) {
        long started = System.nanoTime();
        Words w = words();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = request.until() != null ? request.until() : w.until().isAfter(today) ? today : w.until();
        LocalDate from = request.from() != null ? request.from() : w.from();
        Scene scene = Scene.load(w, organization, catalogue, calendar, request.agency(), from, until);
        if (scene.offices.isEmpty()) {
            throw request.agency() == null ? new GeneratorProblem(1, "generator.error.no-agencies")
                    : new GeneratorProblem(2, "generator.error.agency-unknown", request.agency());
        }
        listener.started(request.cases(), request.seed(), scene.offices.size(), from, until);
        long[] slots = filingSlots(scene, request);
        DocumentNumbers numbers = new DocumentNumbers(tables.sequences());
        CaseStory.Setting setting = new CaseStory.Setting(scene, w, new People(w), calendar, settings,
                new Titles(messages), JsonMapper.builder().build(), DateTimeFormatter.ofPattern(w.datePattern()),
                reviewing(scene), publicationDrafts, request.township());
        int batches = (request.cases() + BATCH - 1) / BATCH;
        int done = 0;
        int told = 0;
        long rows = 0;
        ExecutorService teller = Executors.newSingleThreadExecutor(daemon("case-teller"));
        int parallel = tables.writers();
        ExecutorService writers = Executors.newFixedThreadPool(parallel, daemon("case-writer"));
        CaseTables.CommitOrder order = new CaseTables.CommitOrder();
        Deque<Future<Batch>> writing = new ArrayDeque<>();
        try {
            Future<Batch> next = batches == 0 ? null
                    : teller.submit(() -> tell(setting, numbers, slots, request.seed(), 0));
            for (int b = 0; b < batches; b++) {
                Batch batch = next.get();
                int index = b;
                next = b + 1 < batches ? teller.submit(() -> tell(setting, numbers, slots, request.seed(), index + 1))
                        : null;
                writing.add(writers.submit(() -> {
                    tables.write(batch, index, order);
                    return batch;
                }));
                while (writing.size() >= parallel || b + 1 == batches && !writing.isEmpty()) {
                    Batch written = writing.poll().get();
                    done += written.cases();
                    told = Math.min(told + BATCH, request.cases());
                    rows += written.rows();
                    listener.advanced(told, request.cases(), rows, Duration.ofNanos(System.nanoTime() - started));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            teller.shutdownNow();
            writers.shutdownNow();
        }
        return new Summary(done, rows, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The filing day and second of every case, drawn first and sorted, so that the filing numbers of each agency
     * run in the order the cases were filed. Each slot is the epoch second of the moment (local time).
     */
    private static long[] filingSlots(Scene scene, Request request) {
        Dice d = new Dice(Dice.mix(request.seed()));
        long[] slots = new long[request.cases()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = scene.day(d).toEpochDay() * 86_400 + scene.secondOfDay(d);
        }
        Arrays.sort(slots);
        return slots;
    }

    private static Batch tell(CaseStory.Setting setting, DocumentNumbers numbers, long[] slots, long seed, int b) {
        Batch batch = new Batch();
        int end = Math.min(slots.length, (b + 1) * BATCH);
        for (int i = b * BATCH; i < end; i++) {
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(slots[i], 86_400));
            int second = (int) Math.floorMod(slots[i], 86_400);
            new CaseStory(setting, Dice.forCase(seed, i), numbers, batch).tell(day, second);
        }
        batch.sequences = numbers.takeChanges();
        return batch;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private Words words() {
        Words w = words;
        if (w == null) {
            w = Words.load();
            words = w;
        }
        return w;
    }
}
