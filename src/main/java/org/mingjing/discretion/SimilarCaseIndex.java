package org.mingjing.discretion;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * This node's index of the decided cases for similar-case search (类案推送, seed §二(四)2; LAW.md §7 "类案不同罚"): per
 * case its agency, matter, the circumstance codes its decision records, the words of its facts (Chinese split into
 * words by Lucene's smartcn dictionary, words of one character left out as too common to tell cases apart) and what
 * the list shows. It caches the database on this node only; {@link SimilarCaseIndexing} fills and follows it.
 *
 * <p>A search takes the decided cases of the same matter in the agencies the user may see, scores them by the words
 * and codes they share with the case (BM25, codes weighted double) to pick {@value #CANDIDATES} candidates, and
 * ranks those by {@link Similarity}.
 */
final class SimilarCaseIndex implements Closeable {

    static final String ID = "id";
    static final String AGENCY = "agency";
    static final String MATTER = "matter";
    static final String CIRCUMSTANCE = "circumstance";
    static final String WORDS = "words";
    static final String STORED = "case";

    /** Increased whenever what a document holds changes: an index of another schema is rebuilt. */
    static final String SCHEMA = "1";
    static final String SCHEMA_KEY = "schema";
    /** The database the index was built from (its JDBC URL): an index of another database is dropped, not read. */
    static final String SOURCE_KEY = "source";
    static final int CANDIDATES = 200;
    /** Most words of a case's facts a query uses. */
    static final int MAX_QUERY_WORDS = 64;

    private static final Analyzer WORDS_ANALYZER = new SmartChineseAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SimilarCaseIndex(Directory directory, String source) throws IOException {
        this.directory = directory;
        boolean current = DirectoryReader.indexExists(directory) && SCHEMA.equals(userData(directory, SCHEMA_KEY))
                && source.equals(userData(directory, SOURCE_KEY));
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64).setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, SOURCE_KEY, source).entrySet());
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    private static String userData(Directory directory, String key) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().getOrDefault(key, "");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** One indexed case as the list shows it, with what its similarity is computed from. */
    record Entry(String id, String agencyId, String matterCode, String number, LocalDate decidedOn,
            String decisionType, String penalties, BigDecimal fine, BigDecimal illegalIncome,
            Set<String> circumstances, Set<String> words) {
    }

    /** The distinct words of a text that tell cases apart: smartcn's words of two characters or more. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream ts = WORDS_ANALYZER.tokenStream(WORDS, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() >= 2) {
                    words.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    void put(Entry e) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, e.id(), Field.Store.YES));
        doc.add(new StringField(AGENCY, e.agencyId(), Field.Store.YES));
        doc.add(new StringField(MATTER, e.matterCode(), Field.Store.YES));
        for (String c : e.circumstances()) {
            doc.add(new StringField(CIRCUMSTANCE, c, Field.Store.YES));
        }
        String words = String.join(" ", e.words());
        doc.add(new TextField(WORDS, words, Field.Store.YES));
        doc.add(new StoredField(STORED, String.join("\u0001", e.number(), String.valueOf(e.decidedOn().toEpochDay()),
                e.decisionType() == null ? "" : e.decisionType(), e.penalties(),
                e.fine() == null ? "" : e.fine().toPlainString(),
                e.illegalIncome() == null ? "" : e.illegalIncome().toPlainString())));
        writer.updateDocument(new Term(ID, e.id()), doc);
    }

    void remove(Collection<String> ids) throws IOException {
        for (String id : ids) {
            writer.deleteDocuments(new Term(ID, id));
        }
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    /** How many cases the index holds (as of the last refresh). */
    int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** The ids of every case held (as of the last refresh). */
    Set<String> ids() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(stored.document(doc, Set.of(ID)).get(ID));
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    /** What a search asks: the case's matter, words and codes, the agencies in scope, the case itself left out. */
    record Search(String matterCode, Set<String> words, Set<String> circumstances, Collection<String> agencyIds,
            String excludeId, int limit) {
    }

    /** A candidate with its similarity. */
    record Hit(Entry entry, Similarity.Score score) {
    }

    List<Hit> search(Search q) {
        if (q.agencyIds().isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query(q), CANDIDATES);
                List<Hit> hits = new ArrayList<>();
                StoredFields stored = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Entry e = entry(stored.document(sd.doc));
                    hits.add(new Hit(e, Similarity.of(q.circumstances(), e.circumstances(), q.words(), e.words())));
                }
                hits.sort(Similarity.ORDER);
                return hits.subList(0, Math.min(q.limit(), hits.size()));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The floor the benchmark compares with: the same matter's cases by one term query, nothing ranked. */
    int floor(String matterCode, int limit) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.search(new TermQuery(new Term(MATTER, matterCode)), limit).scoreDocs.length;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query query(Search q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(MATTER, q.matterCode())), BooleanClause.Occur.FILTER);
        b.add(new TermInSetQuery(AGENCY, q.agencyIds().stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
        if (q.excludeId() != null) {
            b.add(new TermQuery(new Term(ID, q.excludeId())), BooleanClause.Occur.MUST_NOT);
        }
        q.words().stream().limit(MAX_QUERY_WORDS)
                .forEach(w -> b.add(new TermQuery(new Term(WORDS, w)), BooleanClause.Occur.SHOULD));
        for (String c : q.circumstances()) {
            b.add(new BoostQuery(new TermQuery(new Term(CIRCUMSTANCE, c)), 2f), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Entry entry(Document d) {
        String[] p = d.get(STORED).split("\u0001", -1);
        Set<String> words = new LinkedHashSet<>(List.of(d.get(WORDS).isEmpty() ? new String[0]
                : d.get(WORDS).split(" ")));
        return new Entry(d.get(ID), d.get(AGENCY), d.get(MATTER), p[0], LocalDate.ofEpochDay(Long.parseLong(p[1])),
                p[2].isEmpty() ? null : p[2], p[3], p[4].isEmpty() ? null : new BigDecimal(p[4]),
                p[5].isEmpty() ? null : new BigDecimal(p[5]), new LinkedHashSet<>(List.of(d.getValues(CIRCUMSTANCE))),
                words);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
