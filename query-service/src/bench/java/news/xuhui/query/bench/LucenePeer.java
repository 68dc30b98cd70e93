package news.xuhui.query.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import news.xuhui.query.search.SearchQuery;

/**
 * The peer: the same corpus in Apache Lucene 9.12, in-process, on disk (MMapDirectory): CJKAnalyzer (StandardTokenizer, width folding, CJKBigramFilter: overlapping bigrams) over the
 * article's text (title, byline, source, paragraphs; stored, for highlighting), the date as a point and a doc value,
 * the source as a doc value. Queries: every word AND-ed, a word of several bigrams as a phrase of them; the top 20 by
 * relevance (BM25), each with a highlighted snippet (UnifiedHighlighter) and its stored fields read.
 */
final class LucenePeer implements AutoCloseable {

    static final String TEXT = "text";
    final Analyzer analyzer = new CJKAnalyzer();
    final Path dir;
    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private UnifiedHighlighter highlighter;

    LucenePeer(Path dir) {
        this.dir = dir;
    }

    /** Indexes articles [have, n) unless the index holds them; returns seconds spent (0 when nothing to do). */
    double index(RealCorpus corpus, int n) throws IOException {
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        int have = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory).numDocs() : 0;
        double seconds = 0;
        if (have < n) {
            long start = System.nanoTime();
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            try (IndexWriter w = new IndexWriter(directory, cfg)) {
                for (int i = have; i < n; i++) {
                    w.addDocument(document(corpus.doc(i)));
                }
                w.forceMerge(1);
                w.commit();
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(10_000).build();
        return seconds;
    }

    static Document document(RealCorpus.Doc d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        long day = d.date().toEpochDay();
        doc.add(new LongPoint("date", day));
        doc.add(new NumericDocValuesField("date", day));
        doc.add(new SortedDocValuesField("source", new BytesRef(d.source())));
        StringBuilder text = new StringBuilder(d.title()).append('\n');
        d.authors().forEach(a -> text.append(a).append(' '));
        text.append(d.source()).append('\n').append(d.body());
        doc.add(new TextField(TEXT, text.toString(), Field.Store.YES));
        return doc;
    }

    /** Index size in bytes: all files, and without the stored fields (the text kept for highlighting). */
    long[] size() throws IOException {
        long all = 0;
        long stored = 0;
        for (String f : directory.listAll()) {
            long len = directory.fileLength(f);
            all += len;
            if (f.endsWith(".fdt") || f.endsWith(".fdx") || f.endsWith(".fdm")) {
                stored += len;
            }
        }
        return new long[] { all, all - stored };
    }

    int numDocs() {
        return reader.numDocs();
    }

    /** The user's text as Lucene's query: each term's bigrams, a phrase when there are several; terms AND-ed. */
    Query query(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (SearchQuery.Term t : SearchQuery.parse(text).terms()) {
            List<String> tokens = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream(TEXT, t.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                int pos = -1;
                while (ts.incrementToken()) {
                    pos += inc.getPositionIncrement();
                    tokens.add(term.toString());
                    positions.add(pos);
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (tokens.size() == 1) {
                b.add(new TermQuery(new Term(TEXT, tokens.get(0))), BooleanClause.Occur.MUST);
            } else if (!tokens.isEmpty()) {
                PhraseQuery.Builder p = new PhraseQuery.Builder();
                for (int i = 0; i < tokens.size(); i++) {
                    p.add(new Term(TEXT, tokens.get(i)), positions.get(i));
                }
                b.add(p.build(), BooleanClause.Occur.MUST);
            }
        }
        return b.build();
    }

    Query filtered(String text, LocalDate from, LocalDate to) {
        return new BooleanQuery.Builder().add(query(text), BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery("date", from.toEpochDay(), to.toEpochDay()), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Top 20 (by relevance, or newest first), stored fields read, snippets highlighted; returns the total hits. */
    long top(Query q, boolean newest) throws IOException {
        TopDocs top = newest
                ? searcher.search(q, 20, new Sort(new SortField("date", SortField.Type.LONG, true)))
                : searcher.search(q, 20);
        String[] snippets = highlighter.highlight(TEXT, q, top, 1);
        var stored = searcher.storedFields();
        long chars = 0;
        for (int i = 0; i < top.scoreDocs.length; i++) {
            chars += stored.document(top.scoreDocs[i].doc).get("id").length();
            chars += snippets[i] == null ? 0 : snippets[i].length();
        }
        return top.totalHits.value + (chars < 0 ? 1 : 0);
    }

    /** Facets of all matches: months and sources counted from doc values. */
    Map<String, Long> facets(Query q) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        searcher.search(q, new SimpleCollector() {
            NumericDocValues date;
            SortedDocValues source;
            long[] perOrd;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                flush();
                date = ctx.reader().getNumericDocValues("date");
                source = ctx.reader().getSortedDocValues("source");
                perOrd = new long[source == null ? 0 : source.getValueCount()];
            }

            @Override
            public void collect(int doc) throws IOException {
                if (date.advanceExact(doc)) {
                    LocalDate d = LocalDate.ofEpochDay(date.longValue());
                    counts.merge(String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue()), 1L, Long::sum);
                }
                if (source != null && source.advanceExact(doc)) {
                    perOrd[source.ordValue()]++;
                }
            }

            void flush() throws IOException {
                for (int o = 0; perOrd != null && o < perOrd.length; o++) {
                    if (perOrd[o] > 0) {
                        counts.merge("source:" + source.lookupOrd(o).utf8ToString(), perOrd[o], Long::sum);
                    }
                }
                perOrd = null;
            }

            @Override
            public void finish() throws IOException {
                flush();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return counts;
    }

    /** One article by id, its stored fields read. */
    boolean byId(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term("id", id)), 1);
        if (top.scoreDocs.length == 0) {
            return false;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc).get(TEXT) != null;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
