package se.lup.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.LupRecord;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchRequest;

/**
 * Indexing and search benchmark (not a test; see README "Benchmarks"). Builds, in one run, the lup index of N
 * synthetic records ({@link SyntheticRecords}) and a bare Lucene index of the same records (StandardAnalyzer, one
 * stored text field, no facets), then times the same queries on both: what an analyst's search does end to end
 * (parse, top 10, stored records, highlighted snippets) — for term, phrase, faceted and MoreLikeThis queries.
 *
 * <p>Arguments: [records (1000000)] [indexing threads (2)] [seed (random)] [corpus folder (corpus)] [work folder: the
 * indexes of an earlier run with the same records and seed, to time the queries again without rebuilding].
 */
public final class IndexBenchmark {
    private static final int WARMUP = 50;
    private static final int QUERIES = 200;
    private static final int TOP = 10;
    private static final List<String> TERMS = List.of("familjecentral", "förskolan", "trygghet", "arbetsmarknaden",
            "feriejobb", "våld", "språkutveckling", "föräldrar", "ungdomar", "boende", "parklek", "socialtjänsten",
            "samverkan", "hälsa", "idrott", "kultur", "jämställdhet", "försörjningsstöd", "trygghetsvandringar",
            "fritidsgård", "medborgarkontor", "introduktionsförskola", "bostäder", "polisen", "delaktighet");

    private IndexBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Path corpus = Path.of(args.length > 3 ? args[3] : "corpus");
        System.out.printf("IndexBenchmark: %,d records, %d indexing threads, seed %d%n", records, threads, seed);
        SyntheticRecords source = new SyntheticRecords(corpus, seed);
        Path work = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("lup-bench");
        Path lup = work.resolve("lup");
        Path bare = work.resolve("bare");
        if (args.length <= 4) {
            buildIndexes(source, work, records, threads);
        }

        Random random = new Random(seed);
        List<String> terms = sample(TERMS, random);
        List<String> phrases = sample(phrases(source.sentences(), random), random);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < WARMUP + QUERIES; i++) {
            ids.add("rec-" + random.nextInt(records));
        }
        try (RecordSearcher ours = RecordSearcher.open(lup, Gazetteer.load());
                DirectoryReader bareReader = DirectoryReader.open(FSDirectory.open(bare))) {
            Bare baseline = new Bare(new IndexSearcher(bareReader));
            System.out.println("query      lup p50/p99 ms      bare p50/p99 ms     p50 ratio  p99 ratio");
            compare("term", terms, t -> ours.hits(SearchRequest.of(t, TOP)), baseline::search);
            compare("phrase", phrases, p -> ours.hits(SearchRequest.of('"' + p + '"', TOP)), p -> baseline.search('"' + p + '"'));
            compare("faceted", terms, t -> ours.search(SearchRequest.of(t, TOP)), baseline::search);
            compare("mlt", ids, id -> ours.similar(id, false, TOP), baseline::similar);
        }
        System.out.println("indexes left in " + work + " (delete when done)");
    }

    private static void buildIndexes(SyntheticRecords source, Path work, int records, int threads) throws Exception {
        ingestRate(source, work.resolve("ingest"));
        double lupRate = build(work.resolve("lup"), records, threads, new IndexWriterConfig(IndexSchema.indexAnalyzer()),
                i -> {
                    LupRecord r = source.record(i);
                    return RecordDocuments.toDocument(r, r.document().id(), r.document().id(), source.latest(i));
                });
        double bareRate = build(work.resolve("bare"), records, threads, new IndexWriterConfig(new StandardAnalyzer()),
                i -> bareDocument(source.record(i)));
        System.out.printf("bulk indexing, %d threads: lup %,.0f records/s (%,.0f per thread), bare %,.0f records/s "
                + "(%,.0f per thread), ratio %.2f%n", threads, lupRate, lupRate / threads, bareRate, bareRate / threads,
                bareRate / lupRate);
    }

    private interface Timed {
        Object run(String input) throws Exception;
    }

    private interface DocumentSource {
        Iterable<? extends org.apache.lucene.index.IndexableField> document(long i);
    }

    /** The real ingest path: RecordIndex.replaceDocument, one atomic commit per document of 500 records. */
    private static void ingestRate(SyntheticRecords source, Path dir) throws IOException {
        int documents = 10;
        SwedishDictionary.hunspell(); // load the dictionaries (seconds, once per process) before timing
        SwedishDictionary.foldedStems();
        long start = System.nanoTime();
        try (RecordIndex index = RecordIndex.open(dir)) {
            for (int d = 0; d < documents; d++) {
                List<LupRecord> records = new ArrayList<>();
                for (int i = 0; i < SyntheticRecords.RECORDS_PER_DOCUMENT; i++) {
                    records.add(source.record((long) d * SyntheticRecords.RECORDS_PER_DOCUMENT + i));
                }
                index.replaceDocument("doc-" + d, "hash", records);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ingest path (replaceDocument, commit per document): %,.0f records/s on 1 thread%n",
                documents * SyntheticRecords.RECORDS_PER_DOCUMENT / seconds);
    }

    private static double build(Path dir, int records, int threads, IndexWriterConfig config, DocumentSource source)
            throws Exception {
        config.setRAMBufferSizeMB(256);
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        int chunk = 1000;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long from = next.getAndAdd(chunk); from < records; from = next.getAndAdd(chunk)) {
                        List<Iterable<? extends org.apache.lucene.index.IndexableField>> docs = new ArrayList<>();
                        for (long i = from; i < Math.min(records, from + chunk); i++) {
                            docs.add(source.document(i));
                        }
                        writer.addDocuments(docs);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            writer.commit();
        }
        return records / ((System.nanoTime() - start) / 1e9);
    }

    private static Document bareDocument(LupRecord record) {
        Document doc = new Document();
        doc.add(new StringField("id", record.id(), Field.Store.YES));
        if (record.title() != null) {
            doc.add(new TextField("contents", record.title(), Field.Store.YES));
        }
        doc.add(new TextField("contents", record.text(), Field.Store.YES));
        return doc;
    }

    /** The same operations on the bare index: parse, top 10, stored fields, highlighted snippets. */
    private record Bare(IndexSearcher searcher) {
        Object search(String query) throws Exception {
            Query q = new QueryParser("contents", new StandardAnalyzer()).parse(query);
            return present(q, searcher.search(q, TOP));
        }

        Object similar(String id) throws Exception {
            TopDocs self = searcher.search(new TermQuery(new Term("id", id)), 1);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(new StandardAnalyzer());
            mlt.setFieldNames(new String[] {"contents"});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(25);
            Query q = mlt.like(self.scoreDocs[0].doc);
            return present(q, searcher.search(q, TOP));
        }

        private Object present(Query q, TopDocs top) throws IOException {
            String[] snippets = UnifiedHighlighter.builder(searcher, new StandardAnalyzer()).build()
                    .highlight("contents", q, top, 2);
            List<String> stored = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                stored.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return List.of(stored, Arrays.asList(snippets));
        }
    }

    private static void compare(String name, List<String> inputs, Timed lup, Timed bare) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            lup.run(inputs.get(i));
            bare.run(inputs.get(i));
        }
        long[] lupTimes = new long[QUERIES];
        long[] bareTimes = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String input = inputs.get(WARMUP + i);
            long t0 = System.nanoTime();
            lup.run(input);
            long t1 = System.nanoTime();
            bare.run(input);
            lupTimes[i] = t1 - t0;
            bareTimes[i] = System.nanoTime() - t1;
        }
        double[] l = percentiles(lupTimes);
        double[] b = percentiles(bareTimes);
        System.out.printf(Locale.ROOT, "%-9s %7.2f / %7.2f     %7.2f / %7.2f     %6.2f x   %6.2f x%n",
                name, l[0], l[1], b[0], b[1], l[0] / b[0], l[1] / b[1]);
    }

    /** p50 and p99 in milliseconds. */
    private static double[] percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6};
    }

    private static List<String> sample(List<String> pool, Random random) {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < WARMUP + QUERIES; i++) {
            inputs.add(pool.get(random.nextInt(pool.size())));
        }
        return inputs;
    }

    /** Two consecutive words of a corpus sentence, both at least four letters. */
    private static List<String> phrases(List<String> sentences, Random random) {
        List<String> phrases = new ArrayList<>();
        while (phrases.size() < 100) {
            String[] words = sentences.get(random.nextInt(sentences.size())).split("[^\\p{L}]+");
            for (int i = 0; i + 1 < words.length && phrases.size() < 100; i++) {
                if (words[i].length() >= 4 && words[i + 1].length() >= 4 && random.nextInt(4) == 0) {
                    phrases.add(words[i].toLowerCase(Locale.ROOT) + " " + words[i + 1].toLowerCase(Locale.ROOT));
                }
            }
        }
        return phrases;
    }
}
