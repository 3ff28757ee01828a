package se.lup.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.lup.record.DocumentRef;
import se.lup.record.IndicatorValues;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;

/**
 * Records as CSV for Swedish Excel: ';'-separated, one row per record, nested fields flattened into columns, lists
 * joined (section and goal paths with " > ", categories with " | "), decimals with a comma. {@link #read} reverses
 * {@link #write} exactly, so exported CSV can be fed back in.
 */
public final class CsvRecords {
    /** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
    public static final char BOM = '\uFEFF';
    private static final String PATH = " > ";
    private static final String CATEGORIES = " | ";
    private static final List<String> COLUMNS = List.of("id", "kind", "district", "theme", "theme_categories", "title",
            "text", "raw_text", "document_id", "document_file", "document_title", "document_organisation",
            "document_year", "document_type", "document_version", "document_lineage", "section", "page", "span_start", "span_end",
            "start_date", "end_date", "level", "number", "target", "city_target", "period", "target_number", "unit",
            "partner_type", "goal");
    /** The caller owns the writer: closing the CSV sequence must not close it. */
    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final CsvSchema SCHEMA = schema();

    private CsvRecords() {}

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
        COLUMNS.forEach(builder::addColumn);
        return builder.build();
    }

    public static void write(List<LupRecord> records, Writer out) throws IOException {
        out.write(BOM);
        CSV.writer(SCHEMA).writeValues(out).writeAll(records.stream().map(CsvRecords::row).toList()).close();
    }

    public static List<LupRecord> read(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(SCHEMA).readValues(in)) {
            return rows.readAll().stream().map(CsvRecords::record).toList();
        }
    }

    private static Map<String, String> row(LupRecord r) {
        Map<String, String> row = new LinkedHashMap<>();
        DocumentRef d = r.document();
        IndicatorValues v = r.values();
        put(row, "id", r.id());
        put(row, "kind", r.kind().id());
        put(row, "district", r.district());
        put(row, "theme", r.theme());
        put(row, "theme_categories", String.join(CATEGORIES, r.themeCategories()));
        put(row, "title", r.title());
        put(row, "text", r.text());
        put(row, "raw_text", r.rawText());
        put(row, "document_id", d.id());
        put(row, "document_file", d.file());
        put(row, "document_title", d.title());
        put(row, "document_organisation", d.organisation());
        put(row, "document_year", d.year());
        put(row, "document_type", d.type());
        put(row, "document_version", d.version());
        put(row, "document_lineage", d.lineage());
        put(row, "section", String.join(PATH, r.section()));
        put(row, "page", r.page());
        put(row, "span_start", r.span().start());
        put(row, "span_end", r.span().end());
        put(row, "start_date", r.startDate());
        put(row, "end_date", r.endDate());
        put(row, "level", r.level());
        put(row, "number", r.number());
        if (v != null) {
            put(row, "target", v.target());
            put(row, "city_target", v.cityTarget());
            put(row, "period", v.period());
            put(row, "target_number", v.targetNumber() == null ? null : v.targetNumber().toString().replace('.', ','));
            put(row, "unit", v.unit());
        }
        put(row, "partner_type", r.partnerType());
        put(row, "goal", r.goal() == null ? null : String.join(PATH, r.goal()));
        return row;
    }

    private static void put(Map<String, String> row, String column, Object value) {
        row.put(column, value == null ? "" : value.toString());
    }

    private static LupRecord record(Map<String, String> row) {
        Function<String, String> s = c -> row.getOrDefault(c, "").isEmpty() ? null : row.get(c);
        boolean hasValues = s.apply("target") != null || s.apply("city_target") != null || s.apply("period") != null;
        IndicatorValues values = hasValues ? new IndicatorValues(s.apply("target"), s.apply("city_target"),
                s.apply("period"), s.apply("target_number") == null ? null
                        : Double.valueOf(s.apply("target_number").replace(',', '.')), s.apply("unit")) : null;
        DocumentRef document = new DocumentRef(s.apply("document_id"), s.apply("document_file"),
                s.apply("document_title"), s.apply("document_organisation"), integer(s.apply("document_year")),
                s.apply("document_type"), integer(s.apply("document_version")), s.apply("document_lineage"));
        return new LupRecord(s.apply("id"), RecordKind.parse(row.get("kind")), s.apply("district"), s.apply("theme"),
                list(s.apply("theme_categories"), CATEGORIES), s.apply("title"), s.apply("text"), s.apply("raw_text"),
                document, list(s.apply("section"), PATH), integer(s.apply("page")),
                new Span(Integer.parseInt(row.get("span_start")), Integer.parseInt(row.get("span_end"))),
                date(s.apply("start_date")), date(s.apply("end_date")), s.apply("level"), s.apply("number"), values,
                s.apply("partner_type"), s.apply("goal") == null ? null : list(s.apply("goal"), PATH));
    }

    private static List<String> list(String joined, String separator) {
        return joined == null ? List.of() : Arrays.asList(joined.split(java.util.regex.Pattern.quote(separator), -1));
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
