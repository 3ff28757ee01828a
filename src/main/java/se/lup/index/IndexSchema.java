package se.lup.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Every field of the record index, with its analysis, in one place (as Anserini's {@code IndexArgs}/generator pair
 * does). One Lucene document per {@link se.lup.record.LupRecord}; the source document is the unit of replacement.
 *
 * <p>Bump {@link #VERSION} whenever a field or its analysis changes: {@link RecordIndex} rebuilds an index written
 * with another version from its stored records when it opens it, and searches refuse it until then.
 */
public final class IndexSchema {
    public static final int VERSION = 3;
    /** The commit user-data key under which {@link RecordIndex} records the schema version it wrote. */
    public static final String VERSION_KEY = "lup.schema";

    // Identity and versioning: keyword fields (not analysed).
    /** The record id ({@code LupRecord.id}), stored. */
    public static final String ID = "id";
    /** The source document's id: the unit {@link RecordIndex#replaceDocument} deletes and re-adds. */
    public static final String DOCUMENT_ID = "document_id";
    /** Versions of the same plan share a lineage; the highest version of a lineage is the latest. */
    public static final String LINEAGE = "lineage";
    /**
     * Keyword {@value #LATEST_YES} on records of the latest version of their lineage, else "0". When a lineage gets or
     * loses a version, {@link RecordIndex} re-adds the records whose flag changed, in the same commit.
     */
    public static final String LATEST = "latest";
    public static final String LATEST_YES = "1";

    // Filters: keyword fields, values lower-cased so filters are case-insensitive.
    public static final String DISTRICT = "district";
    public static final String KIND = "kind";
    public static final String THEME_CATEGORY = "theme_category";
    public static final String YEAR = "year";

    // Full text.
    /**
     * Title and repaired text: Swedish stemming plus dictionary decompounding. Not stored: snippets and MoreLikeThis
     * re-analyse the stored record's own text ({@link RecordDocuments#contents}), which keeps stored fields small.
     */
    public static final String CONTENTS = "contents";
    /** Title and raw (unrepaired) text, OCR-folded (å/ä/ö and their OCR misreadings compare equal), decompounded. */
    public static final String CONTENTS_FOLDED = "contents_folded";
    /** The record's title alone, Swedish analysis ({@code title:...} in queries). */
    public static final String TITLE = "title";
    /** The theme heading the record sits under, Swedish analysis ({@code theme:...} in queries). */
    public static final String THEME = "theme";

    /** The whole record as JSON ({@code Json.MAPPER}): what search results and exports read back. */
    public static final String RECORD_JSON = "record";

    // Facet dimensions (SortedSetDocValuesFacetField, no taxonomy index), values in display form.
    public static final String FACET_DISTRICT = "district";
    public static final String FACET_THEME_CATEGORY = "theme_category";
    public static final String FACET_KIND = "kind";
    public static final String FACET_DOCUMENT = "document";
    public static final String FACET_YEAR = "year";
    public static final List<String> FACET_DIMENSIONS =
            List.of(FACET_DISTRICT, FACET_THEME_CATEGORY, FACET_KIND, FACET_DOCUMENT, FACET_YEAR);

    // Analyzers are thread-safe and keep their token streams per thread: one of each serves the whole process.
    private static final Analyzer INDEX_ANALYZER = perField(true);
    private static final Analyzer PHRASE_ANALYZER = perField(false);

    private IndexSchema() {}

    /** The analyzer used at index time: Swedish for text fields, OCR folding for the folded field, keywords elsewhere. */
    public static Analyzer indexAnalyzer() {
        return INDEX_ANALYZER;
    }

    /**
     * The analyzer for phrase queries: as at index time but without decompounding, so a quoted phrase matches its
     * words in order rather than any word sharing a compound part.
     */
    public static Analyzer phraseAnalyzer() {
        return PHRASE_ANALYZER;
    }

    private static Analyzer perField(boolean decompound) {
        SwedishTextAnalyzer plainSwedish = new SwedishTextAnalyzer(false);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                CONTENTS, new SwedishTextAnalyzer(decompound),
                CONTENTS_FOLDED, new FoldedTextAnalyzer(decompound),
                TITLE, plainSwedish,
                THEME, plainSwedish));
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_THEME_CATEGORY, true);
        return config;
    }
}
