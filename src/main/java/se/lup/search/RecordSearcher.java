package se.lup.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.lup.gazetteer.Gazetteer;
import se.lup.index.IndexSchema;
import se.lup.index.RecordDocuments;
import se.lup.index.StoredRecords;
import se.lup.record.LupRecord;

/**
 * The read side of the record index. Sees the index's last commit and picks up newer commits before each call,
 * so it can run while an ingest writes. Thread-safe.
 */
public final class RecordSearcher implements Closeable {
    private static final int FACET_VALUES = 50;
    private static final int SNIPPET_PASSAGES = 2;
    private static final String HIGHLIGHT_START = "«";

    private final Directory directory;
    private final SearcherManager searchers;
    private final Gazetteer gazetteer;
    /**
     * Highlights a record's own text, so the index need not store it a second time. Phrase terms are marked wherever
     * they occur: checking their positions would analyse each snippet twice more (the compound-part phrases of
     * {@link LupQueryParser} are position checks too).
     */
    private final UnifiedHighlighter snippets = UnifiedHighlighter.builderWithoutSearcher(IndexSchema.indexAnalyzer())
            .withFormatter(new DefaultPassageFormatter(HIGHLIGHT_START, "»", " … ", false))
            .withHighlightPhrasesStrictly(false)
            .build();
    private FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private RecordSearcher(Directory directory, Gazetteer gazetteer) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
        this.gazetteer = gazetteer;
    }

    /** Opens the index in {@code dir}; fails with a clear message when there is none. */
    public static RecordSearcher open(Path dir, Gazetteer gazetteer) throws IOException {
        Directory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException(dir + ": no index here; run `lup ingest` first");
        }
        String version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY);
        if (version != null && !version.equals(String.valueOf(IndexSchema.VERSION))) {
            directory.close();
            throw new IOException(dir + ": index written by another version of lup (schema " + version
                    + ", this lup reads " + IndexSchema.VERSION + "); run `lup ingest` to re-index");
        }
        return new RecordSearcher(directory, gazetteer);
    }

    /** Ranked records with snippets and facet counts. */
    public SearchResults search(SearchRequest request) throws IOException, InvalidQueryException {
        Parsed parsed = parse(request);
        return withSearcher(searcher -> {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, parsed.full(), request.limit(), new FacetsCollectorManager());
            FacetsCollector matches = result.facetsCollector();
            long total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            return new SearchResults(total, hits(searcher, parsed.text(), result.topDocs()), facets(searcher, matches));
        });
    }

    /** Ranked records without facet counts: what {@link #search} does, less the cost of counting facets. */
    public List<SearchHit> hits(SearchRequest request) throws IOException, InvalidQueryException {
        Parsed parsed = parse(request);
        return withSearcher(searcher ->
                hits(searcher, parsed.text(), searcher.search(parsed.full(), Math.max(1, request.limit()))));
    }

    /** Every record matching the request, unranked and unlimited (for comparisons and exports). */
    public List<LupRecord> records(SearchRequest request) throws IOException, InvalidQueryException {
        Query query = parse(request).full();
        return withSearcher(searcher -> StoredRecords.matching(searcher, query));
    }

    public Optional<LupRecord> record(String id) throws IOException {
        return withSearcher(searcher -> StoredRecords.matching(searcher, idQuery(id)).stream().findFirst());
    }

    /**
     * The records most like {@code recordId} (Lucene's MoreLikeThis over the analysed text), latest versions only,
     * optionally only from other districts than the record's own.
     */
    public List<SearchHit> similar(String recordId, boolean otherDistricts, int limit) throws IOException {
        return withSearcher(searcher -> {
            TopDocs self = searcher.search(idQuery(recordId), 1);
            if (self.scoreDocs.length == 0) {
                throw new IOException("no record with id " + recordId + " in the index");
            }
            LupRecord record = RecordDocuments.toRecord(searcher.storedFields().document(self.scoreDocs[0].doc));
            Query like = moreLikeThis(searcher.getIndexReader())
                    .like(IndexSchema.CONTENTS, new StringReader(RecordDocuments.contents(record)));
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(latestOnly(), Occur.FILTER)
                    .add(idQuery(recordId), Occur.MUST_NOT);
            if (otherDistricts && record.district() != null) {
                query.add(LupQueryParser.keyword(IndexSchema.DISTRICT, record.district()), Occur.MUST_NOT);
            }
            return hits(searcher, like, searcher.search(query.build(), Math.max(1, limit)));
        });
    }

    /**
     * A request as Lucene queries: {@code text} is what the user typed (to highlight), {@code full} adds every filter
     * and, unless all versions are asked for, the latest-version filter.
     */
    private record Parsed(Query text, Query full) {}

    private Parsed parse(SearchRequest request) throws InvalidQueryException {
        LupQueryParser parser = new LupQueryParser(gazetteer);
        try {
            Query parsed = request.query().isEmpty() ? null : parser.parse(request.query());
            Query text = parsed == null ? new MatchAllDocsQuery() : parsed;
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
            List<Query> districts = new ArrayList<>();
            for (String d : request.districts()) {
                districts.add(parser.districtQuery(d));
            }
            List<Query> kinds = new ArrayList<>();
            for (String k : request.kinds()) {
                kinds.add(LupQueryParser.kindQuery(k));
            }
            addAnyOf(query, districts);
            addAnyOf(query, kinds);
            addAnyOf(query, request.themeCategories().stream()
                    .map(c -> LupQueryParser.keyword(IndexSchema.THEME_CATEGORY, c)).toList());
            if (request.document() != null) {
                query.add(LupQueryParser.keyword(IndexSchema.DOCUMENT_ID, request.document()), Occur.FILTER);
            }
            if (request.year() != null) {
                query.add(LupQueryParser.keyword(IndexSchema.YEAR, request.year().toString()), Occur.FILTER);
            }
            if (!request.allVersions()) {
                query.add(latestOnly(), Occur.FILTER);
            }
            return new Parsed(text, query.build());
        } catch (ParseException e) {
            throw new InvalidQueryException(firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Directory d = directory) {
            searchers.close();
        }
    }

    private interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherTask<T> task) throws IOException {
        searchers.maybeRefreshBlocking(); // every call sees the latest commit, even while another thread refreshes
        IndexSearcher searcher = searchers.acquire();
        try {
            return task.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private static void addAnyOf(BooleanQuery.Builder query, List<Query> alternatives) {
        if (!alternatives.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            alternatives.forEach(q -> any.add(q, Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        }
    }

    private static Query latestOnly() {
        return new TermQuery(new Term(IndexSchema.LATEST, IndexSchema.LATEST_YES));
    }

    private static Query idQuery(String id) {
        return new TermQuery(new Term(IndexSchema.ID, id));
    }

    private static MoreLikeThis moreLikeThis(IndexReader reader) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(IndexSchema.indexAnalyzer());
        mlt.setFieldNames(new String[] {IndexSchema.CONTENTS});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        return mlt;
    }

    /** The records of {@code top}, with snippets marking the terms of {@code highlight} (a query without filters). */
    private List<SearchHit> hits(IndexSearcher searcher, Query highlight, TopDocs top) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            LupRecord record = RecordDocuments.toRecord(searcher.storedFields().document(sd.doc));
            hits.add(new SearchHit(record, sd.score, snippet(highlight, record)));
        }
        return hits;
    }

    /** Passages of the record's text with the matched words marked; of its raw text when only that matched. */
    private String snippet(Query query, LupRecord record) throws IOException {
        String snippet = (String) snippets.highlightWithoutSearcher(
                IndexSchema.CONTENTS, query, RecordDocuments.contents(record), SNIPPET_PASSAGES);
        if (snippet == null || !snippet.contains(HIGHLIGHT_START)) {
            String raw = (String) snippets.highlightWithoutSearcher(
                    IndexSchema.CONTENTS_FOLDED, query, RecordDocuments.rawContents(record), SNIPPET_PASSAGES);
            if (raw != null && raw.contains(HIGHLIGHT_START)) {
                return raw;
            }
        }
        return snippet;
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector matches) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
        for (String dim : IndexSchema.FACET_DIMENSIONS) {
            FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(FACET_VALUES, dim);
            facets.put(dim, result == null ? List.of() : Arrays.stream(result.labelValues)
                    .map(lv -> new FacetCount(lv.label, lv.value.intValue())).toList());
        }
        return facets;
    }

    /** Facet ordinals are built once per index reader (the costly part of facet counting) and reused. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetState == null || facetState.reader() != reader) {
            if (reader.numDocs() == 0) {
                return null;
            }
            facetState = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()));
        }
        return facetState.state();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
