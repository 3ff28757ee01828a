package se.lup.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import se.lup.config.Json;
import se.lup.record.LupRecord;

/**
 * Converts between our {@link LupRecord} and the Lucene document of {@link IndexSchema}; the record type knows
 * nothing of Lucene. The record is stored whole as JSON, so reading back is lossless.
 */
public final class RecordDocuments {
    private static final FacetsConfig FACETS = IndexSchema.facetsConfig();

    private RecordDocuments() {}

    /** The Lucene document for one record of document {@code documentId}, in lineage {@code lineage}. */
    public static Document toDocument(LupRecord record, String documentId, String lineage, boolean latest) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, record.id(), Field.Store.YES));
        doc.add(new StringField(IndexSchema.DOCUMENT_ID, documentId, Field.Store.NO));
        doc.add(new StringField(IndexSchema.LINEAGE, lineage, Field.Store.NO));
        doc.add(new StringField(IndexSchema.LATEST, latest ? IndexSchema.LATEST_YES : "0", Field.Store.NO));

        String kind = record.kind().id();
        doc.add(keyword(IndexSchema.KIND, kind));
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_KIND, kind));
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_DOCUMENT, documentId));
        if (record.district() != null) {
            doc.add(keyword(IndexSchema.DISTRICT, record.district()));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_DISTRICT, record.district()));
        }
        for (String category : record.themeCategories()) {
            doc.add(keyword(IndexSchema.THEME_CATEGORY, category));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_THEME_CATEGORY, category));
        }
        Integer year = record.document() == null ? null : record.document().year();
        if (year != null) {
            doc.add(keyword(IndexSchema.YEAR, year.toString()));
            doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, year.toString()));
        }

        String text = Objects.requireNonNullElse(record.text(), "");
        String raw = Objects.requireNonNullElse(record.rawText(), text);
        if (record.title() != null) {
            doc.add(new TextField(IndexSchema.CONTENTS, record.title(), Field.Store.NO));
            doc.add(new TextField(IndexSchema.CONTENTS_FOLDED, record.title(), Field.Store.NO));
            doc.add(new TextField(IndexSchema.TITLE, record.title(), Field.Store.NO));
        }
        doc.add(new TextField(IndexSchema.CONTENTS, text, Field.Store.NO));
        doc.add(new TextField(IndexSchema.CONTENTS_FOLDED, raw, Field.Store.NO));
        if (record.theme() != null) {
            doc.add(new TextField(IndexSchema.THEME, record.theme(), Field.Store.NO));
        }
        doc.add(new StoredField(IndexSchema.RECORD_JSON, json(record)));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record stored in a Lucene document read back from the index. */
    public static LupRecord toRecord(Document stored) {
        String json = stored.get(IndexSchema.RECORD_JSON);
        try {
            return Json.MAPPER.readValue(json, LupRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("index holds an unreadable record: " + e.getOriginalMessage(), e);
        }
    }

    /** Keyword filter values are lower-cased at index and query time alike, so filters ignore case. */
    public static String keywordValue(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The text of the {@link IndexSchema#CONTENTS} field, for snippets and MoreLikeThis: title, then text. */
    public static String contents(LupRecord record) {
        return withTitle(record.title(), Objects.requireNonNullElse(record.text(), ""));
    }

    /** The text of the {@link IndexSchema#CONTENTS_FOLDED} field: title, then the raw text. */
    public static String rawContents(LupRecord record) {
        return withTitle(record.title(), Objects.requireNonNullElse(record.rawText(),
                Objects.requireNonNullElse(record.text(), "")));
    }

    /** A title that is only the text's first words (a heading-less measure) is not shown twice. */
    private static String withTitle(String title, String text) {
        return title == null || text.startsWith(title) ? text : title + "\n" + text;
    }

    private static StringField keyword(String field, String value) {
        return new StringField(field, keywordValue(value), Field.Store.NO);
    }

    private static String json(LupRecord record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record " + record.id() + " cannot be written as JSON", e);
        }
    }
}
