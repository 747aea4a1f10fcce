package org.mingjing.publicity;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.mingjing.shared.Paged;

/**
 * The portal's search over the published decisions (事后公开, seed §二(一)4; LAW.md §4): a Lucene index holding, for
 * each decision the public may see, its public columns — never its original text — with a sort by decision date.
 * It is a cache of the {@code publication} table on this node only ({@link DecisionIndexing} keeps it in step), so
 * any number of nodes each keep their own and none needs to be told about another.
 *
 * <p>Chinese has no spaces between words, and the public looks for a name, a place or a matter by any run of its
 * characters (晨光 in 三门峡市湖滨区晨光文化交流协会). Every Han character is indexed on its own and with the one after
 * it (unigrams and bigrams, as {@code CJKBigramFilter} makes them); a searched word becomes the phrase of its
 * bigrams, one position apart, with a lone character only where no bigram covers it. A word thus matches exactly
 * the texts that contain it as a substring of Han characters, and matches fast, because a bigram is rare where a
 * single character is common. Latin letters and digits are words of their own (13812345678, 2026), matched whole.
 */
public final class DecisionIndex implements Closeable {

    static final String ID = "id";
    static final String AGENCY_ID = "agencyId";
    static final String ACT_TYPE = "actType";
    static final String DECIDED_ON = "decidedOn";
    static final String CHANGED_AT = "changedAt";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String AGENCY_NAME = "agencyName";
    static final String PARTY_NAME = "partyName";
    static final String NUMBER = "number";
    static final String PUBLISHED_ON = "publishedOn";
    static final String RANK = "rank";

    /** Increased whenever what a document holds changes: an index of another schema is rebuilt, not read. */
    static final String SCHEMA = "3";
    static final String SCHEMA_KEY = "schema";

    /**
     * The lists' order, newest decision first, then by id: one number per decision ({@link #rank}), so that sorting
     * compares longs rather than looking strings up in a terms dictionary. The index is kept in it, so a page of a
     * long list ends early.
     */
    static final Sort BY_DECISION = new Sort(new SortField(RANK, SortField.Type.LONG, true));
    /** The feeds' order, latest public change first. */
    static final Sort BY_CHANGE = new Sort(new SortField(CHANGED_AT, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.STRING));

    /** Longest word taken from a query; a longer run of characters is cut here rather than refused. */
    static final int MAX_WORD = 50;
    /** Most words taken from a query. */
    static final int MAX_WORDS = 10;

    private static final Analyzer ANALYZER = new BigramAnalyzer();

    /**
     * Lucene's query cache keeps the documents of a filter that recurs (a segment's bitset, dropped with the segment);
     * a word or a range of dates is kept from its second use among the last 1,024 filters rather than its fifth among
     * 256, since the public's searches repeat (a well-known organisation, a matter's words) and reading a phrase's
     * positions is the costliest part of a search.
     */
    private static final QueryCachingPolicy CACHING = new UsageTrackingQueryCachingPolicy(1024) {
        @Override
        protected int minFrequencyToCache(Query query) {
            return query instanceof PhraseQuery || query instanceof IndexOrDocValuesQuery ? 2
                    : super.minFrequencyToCache(query);
        }
    };

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Recent recent = new Recent();

    /**
     * Opens (or creates) the index in {@code directory}; an index of another schema is replaced by an empty one,
     * which the caller then fills.
     */
    DecisionIndex(Directory directory) throws IOException {
        this.directory = directory;
        boolean current = DirectoryReader.indexExists(directory) && schemaOf(directory).equals(SCHEMA);
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setIndexSort(BY_DECISION)
                .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64).setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCachingPolicy(CACHING);
                return searcher;
            }
        });
    }

    private static String schemaOf(Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().getOrDefault(SCHEMA_KEY, "");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Adds the decision or replaces what the index held of it. */
    void put(IndexedDecision d) throws IOException {
        writer.updateDocument(new Term(ID, d.id()), document(d));
    }

    /** Removes the decision (withdrawn, expired, or no longer in the database); nothing happens if it was not held. */
    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /** Makes the changes so far visible to searches, waiting until they are. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Writes the changes so far to the directory, so a restart finds them. */
    void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    /** Every decision held and when its public content last changed (epoch microseconds), to compare with the table. */
    Map<String, Long> changes() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Long> held = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
                NumericDocValues changed = leaf.reader().getNumericDocValues(CHANGED_AT);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || changed == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && changed.advanceExact(doc)) {
                        held.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), changed.longValue());
                    }
                }
            }
            return held;
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many searches found their page kept, and how many read it from the index, since the last call. */
    long[] keptAndRead() {
        return new long[] { recent.kept.sumThenReset(), recent.read.sumThenReset() };
    }

    /** Whether recent pages and totals are kept and used; the benchmark turns it off to measure the worst case. */
    void keepRecent(boolean keep) {
        recent.keeping = keep;
    }

    /** How many segments the current view of the index has, for the benchmark's report. */
    int segments() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many decisions the index holds. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** One page of the decisions found, newest decision first, and how many were found in all. */
    public Paged<PublicDecision> search(DecisionSearch search, int page, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(search);
                Recent.PageKey key = new Recent.PageKey(query, page, size);
                Paged<PublicDecision> kept = recent.page(searcher, key);
                if (kept != null) {
                    return kept;
                }
                Paged<PublicDecision> found = read(searcher, query, page, size);
                recent.keep(searcher, key, found);
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Paged<PublicDecision> read(IndexSearcher searcher, Query query, int page, int size) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        long skip = (long) page * size;
        if (skip >= maxDoc) {
            return new Paged<>(List.of(), recent.count(searcher, query));
        }
        int wanted = (int) Math.min(skip + size, maxDoc);
        // The index is in the lists' order, so each segment stops as soon as it has given the page its hits; the
        // total is counted apart (and kept while the index does not change).
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(BY_DECISION, wanted, null, wanted));
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                : recent.count(searcher, query);
        return new Paged<>(items(searcher.getIndexReader(), top.scoreDocs, (int) skip), total);
    }

    /** Every decision found, newest decision first, read from one view of the index in batches. */
    public void forEach(DecisionSearch search, Consumer<PublicDecision> each) {
        visit(search, BY_DECISION, Integer.MAX_VALUE, each);
    }

    /** The ids of at most {@code limit} decisions found, latest public change first (the feeds' order). */
    public List<String> idsByChange(DecisionSearch search, int limit) {
        List<String> ids = new ArrayList<>();
        visit(search, BY_CHANGE, limit, d -> ids.add(d.id()));
        return ids;
    }

    private void visit(DecisionSearch search, Sort sort, int limit, Consumer<PublicDecision> each) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(search);
                int batch = Math.max(1, Math.min(1000, limit));
                int seen = 0;
                ScoreDoc after = null;
                while (seen < limit) {
                    TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort,
                            Math.min(batch, limit - seen), (FieldDoc) after, Integer.MAX_VALUE));
                    if (top.scoreDocs.length == 0) {
                        return;
                    }
                    items(searcher.getIndexReader(), top.scoreDocs, 0).forEach(each);
                    seen += top.scoreDocs.length;
                    after = top.scoreDocs[top.scoreDocs.length - 1];
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The list items of {@code hits} from {@code from} on, in their order, read from the doc values: each leaf's
     * hits in document order, as doc values are read forwards, a few bytes each (stored fields would decompress a
     * block of many documents for every hit).
     */
    private static List<PublicDecision> items(IndexReader reader, ScoreDoc[] hits, int from) throws IOException {
        int n = Math.max(0, hits.length - from);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = from + i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        PublicDecision[] items = new PublicDecision[n];
        List<LeafReaderContext> leaves = reader.leaves();
        int current = -1;
        SortedDocValues ids = null;
        SortedDocValues agencies = null;
        BinaryDocValues titles = null;
        BinaryDocValues parties = null;
        BinaryDocValues numbers = null;
        NumericDocValues decided = null;
        NumericDocValues published = null;
        for (int i : order) {
            int leafIndex = ReaderUtil.subIndex(hits[i].doc, leaves);
            LeafReaderContext leaf = leaves.get(leafIndex);
            if (leafIndex != current) {
                current = leafIndex;
                ids = DocValues.getSorted(leaf.reader(), ID);
                agencies = DocValues.getSorted(leaf.reader(), AGENCY_NAME);
                titles = DocValues.getBinary(leaf.reader(), TITLE);
                parties = DocValues.getBinary(leaf.reader(), PARTY_NAME);
                numbers = DocValues.getBinary(leaf.reader(), NUMBER);
                decided = DocValues.getNumeric(leaf.reader(), DECIDED_ON);
                published = DocValues.getNumeric(leaf.reader(), PUBLISHED_ON);
            }
            int doc = hits[i].doc - leaf.docBase;
            items[i - from] = new PublicDecision(text(ids, doc), text(titles, doc), text(agencies, doc),
                    text(parties, doc), text(numbers, doc), day(decided, doc), day(published, doc));
        }
        return List.of(items);
    }

    private static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static String text(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private static LocalDate day(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? LocalDate.ofEpochDay(values.longValue()) : null;
    }

    private static Document document(IndexedDecision d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
        doc.add(new StringField(AGENCY_ID, d.agencyId(), Field.Store.NO));
        doc.add(new StringField(ACT_TYPE, d.actType(), Field.Store.NO));
        long decided = d.decidedOn().toEpochDay();
        doc.add(new NumericDocValuesField(RANK, rank(d.decidedOn(), d.id())));
        doc.add(new LongPoint(DECIDED_ON, decided));
        doc.add(new NumericDocValuesField(DECIDED_ON, decided));
        if (d.publishedOn() != null) {
            doc.add(new NumericDocValuesField(PUBLISHED_ON, d.publishedOn().toEpochDay()));
        }
        doc.add(new NumericDocValuesField(CHANGED_AT, micros(d.changedAt())));
        if (d.agencyName() != null) {
            doc.add(new SortedDocValuesField(AGENCY_NAME, new BytesRef(d.agencyName())));
            doc.add(new TextField(TEXT, d.agencyName(), Field.Store.NO));
        }
        for (String[] f : new String[][] { { TITLE, d.title() }, { PARTY_NAME, d.partyName() },
                { NUMBER, d.number() } }) {
            if (f[1] != null) {
                doc.add(new BinaryDocValuesField(f[0], new BytesRef(f[1])));
                doc.add(new TextField(TEXT, f[1], Field.Store.NO));
            }
        }
        if (d.maskedText() != null) {
            doc.add(new TextField(TEXT, d.maskedText(), Field.Store.NO));
        }
        return doc;
    }

    /**
     * The decision's place in the lists as one number, larger first: the decision date in the high bits, and below it
     * the first five bytes of the id inverted, so that of two decisions of one day the smaller id comes first, as a
     * comparison of the ids' strings would put them (two ids alike in their first five bytes follow index order).
     */
    static long rank(LocalDate decidedOn, String id) {
        long day = Math.max(0, Math.min(decidedOn.toEpochDay() + RANK_DAY_OFFSET, (1L << 22) - 1));
        byte[] bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long prefix = 0;
        for (int i = 0; i < 5; i++) {
            prefix = (prefix << 8) | (i < bytes.length ? bytes[i] & 0xff : 0);
        }
        return (day << 40) | (RANK_ID_MASK - prefix);
    }

    /** Days added to the epoch day so that any date from the year 1 on is positive in {@link #rank}. */
    private static final long RANK_DAY_OFFSET = 719_163;
    private static final long RANK_ID_MASK = (1L << 40) - 1;

    /** Epoch microseconds, the finest both databases keep of a timestamp. */
    static long micros(Instant at) {
        return at == null ? 0 : ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    /** The search as a Lucene query: every word, and every filter, must hold; nothing is scored. */
    static Query query(DecisionSearch search) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean narrowed = false;
        for (String word : words(search.q())) {
            Query phrase = phrase(word);
            if (phrase != null) {
                all.add(phrase, BooleanClause.Occur.FILTER);
                narrowed = true;
            }
        }
        if (search.agencyId() != null) {
            all.add(new TermQuery(new Term(AGENCY_ID, search.agencyId())), BooleanClause.Occur.FILTER);
            narrowed = true;
        }
        if (search.actType() != null) {
            all.add(new TermQuery(new Term(ACT_TYPE, search.actType())), BooleanClause.Occur.FILTER);
            narrowed = true;
        }
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochDay();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochDay();
            if (from > to) {
                return new MatchNoDocsQuery();
            }
            // Points when the dates lead (a range alone), doc values when words or an agency lead and the dates only
            // check the few documents they found.
            all.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(DECIDED_ON, from, to),
                    NumericDocValuesField.newSlowRangeQuery(DECIDED_ON, from, to)), BooleanClause.Occur.FILTER);
            narrowed = true;
        }
        return narrowed ? new ConstantScoreQuery(all.build()) : new MatchAllDocsQuery();
    }

    /** The query's words: split at any space, the ideographic space included; at most {@value #MAX_WORDS}. */
    static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        if (q == null) {
            return words;
        }
        for (String w : q.split("[\\s\u3000]+")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
            }
        }
        return words;
    }

    /**
     * One word as a query: its tokens as the index has them, the single Han characters that a bigram already covers
     * left out, at their positions. Null when the word holds nothing searchable (punctuation only).
     */
    static Query phrase(String word) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
                types.add(type.type());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (CJKBigramFilter.DOUBLE_TYPE.equals(types.get(i))) {
                covered.add(positions.get(i));
                covered.add(positions.get(i) + 1);
            }
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int kept = 0;
        Term only = null;
        int first = -1;
        for (int i = 0; i < terms.size(); i++) {
            if (CJKBigramFilter.SINGLE_TYPE.equals(types.get(i)) && covered.contains(positions.get(i))) {
                continue;
            }
            if (first < 0) {
                first = positions.get(i);
            }
            only = new Term(TEXT, terms.get(i));
            phrase.add(only, positions.get(i) - first);
            kept++;
        }
        if (kept == 0) {
            return null;
        }
        return kept == 1 ? new TermQuery(only) : phrase.build();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    /**
     * The recent searches' pages and totals, for one view of the index. Counting a word means reading the positions
     * of every document that holds its characters, and a page is read from the doc values; the public's searches
     * repeat (a well-known organisation, a matter's words, an agency's list page after page), so both are kept until
     * the index changes. A new view starts new tables, so nothing kept outlives the view it was read from: a release,
     * correction or withdrawal is seen by the next search. Each table is emptied when it grows past its bound.
     */
    static final class Recent {

        static final int MAX_COUNTS = 4096;
        static final int MAX_PAGES = 2048;

        record PageKey(Query query, int page, int size) {
        }

        private record Tables(IndexReader reader, Map<Query, Long> counts, Map<PageKey, Paged<PublicDecision>> pages) {
        }

        private volatile Tables tables = tables(null);
        /** Off only in the benchmark, to measure searches that find nothing kept. */
        volatile boolean keeping = true;
        /** Searches answered from a kept page, and read from the index; for the benchmark's report. */
        final java.util.concurrent.atomic.LongAdder kept = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder read = new java.util.concurrent.atomic.LongAdder();

        private static Tables tables(IndexReader reader) {
            return new Tables(reader, new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        private Tables of(IndexSearcher searcher) {
            Tables t = tables;
            if (t.reader() != searcher.getIndexReader()) {
                t = tables(searcher.getIndexReader());
                tables = t;
            }
            return t;
        }

        long count(IndexSearcher searcher, Query query) throws IOException {
            Map<Query, Long> counts = of(searcher).counts();
            Long known = keeping ? counts.get(query) : null;
            if (known != null) {
                return known;
            }
            long n = searcher.count(query);
            keep(counts, query, n, MAX_COUNTS);
            return n;
        }

        Paged<PublicDecision> page(IndexSearcher searcher, PageKey key) {
            Paged<PublicDecision> page = keeping ? of(searcher).pages().get(key) : null;
            (page == null ? read : kept).increment();
            return page;
        }

        void keep(IndexSearcher searcher, PageKey key, Paged<PublicDecision> page) {
            keep(of(searcher).pages(), key, page, MAX_PAGES);
        }

        private static <K, V> void keep(Map<K, V> map, K key, V value, int max) {
            if (map.size() >= max) {
                map.clear();
            }
            map.put(key, value);
        }
    }

    /**
     * Standard tokens, full-width letters and digits folded to ASCII, lower case, and each Han character both alone
     * and with its successor; texts of one document stay 100 positions apart so that a phrase never spans two.
     */
    static final class BigramAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }
}
