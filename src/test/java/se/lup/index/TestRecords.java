package se.lup.index;

import java.util.List;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;

/** Builds records for index and search tests, as the segmenter would produce them. */
public final class TestRecords {
    private TestRecords() {}

    public static DocumentRef document(String id, int year, int version) {
        return new DocumentRef(id, id + ".txt", "Plan " + id, "Socialförvaltningen", year, "plan", version);
    }

    public static LupRecord record(String id, RecordKind kind, String district, String theme, List<String> categories,
            String title, String text, DocumentRef document) {
        return record(id, kind, district, theme, categories, title, text, text, document);
    }

    public static LupRecord record(String id, RecordKind kind, String district, String theme, List<String> categories,
            String title, String text, String rawText, DocumentRef document) {
        return new LupRecord(id, kind, district, theme, categories, title, text, rawText, document,
                List.of("4 Prioriterade åtgärder", district == null ? "Staden" : district), 3, new Span(0, text.length()),
                null, null, null, null, null, null, null);
    }

    public static LupRecord measure(String id, String district, String text, DocumentRef document) {
        return record(id, RecordKind.MEASURE, district, null, List.of(), null, text, document);
    }
}
