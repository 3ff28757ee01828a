package se.lup.segment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lup.clean.Block;
import se.lup.gazetteer.TolerantText;
import se.lup.record.IndicatorValues;
import se.lup.record.RecordKind;

/**
 * Reads the rows of indicator and activity tables: a header row names the table kind and its columns (from
 * {@code table_columns} in the cues); each later row becomes an indicator or activity. A row whose date cells are empty
 * right after a repeated header continues the previous row across a page break and is merged into it.
 */
final class TableReader {
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("^\\s*([-−]?\\d[\\d\\s]*(?:[.,]\\d+)?)\\s*(.*?)\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");

    private final Map<String, Map<String, String>> tableColumns;
    private String kind;
    private List<String> columns = List.of();
    private boolean headerRepeated;

    TableReader(Cues cues) {
        this.tableColumns = cues.tableColumns();
    }

    /** Whether the row is a header; a header starts (or, repeated after a page break, continues) a table. */
    boolean header(Block row) {
        List<String> cells = row.cells().stream().map(TolerantText::normalise).toList();
        for (Map.Entry<String, Map<String, String>> table : tableColumns.entrySet()) {
            List<String> named = cells.stream().map(c -> table.getValue().get(c)).toList();
            if (!cells.isEmpty() && "name".equals(named.get(0))) {
                headerRepeated = table.getKey().equals(kind);
                kind = table.getKey();
                columns = named;
                return true;
            }
        }
        return false;
    }

    /** A table-of-contents line that came out as a row: a title and a page number. */
    static boolean isTocRow(Block row) {
        List<String> cells = row.cells();
        return cells.size() == 2 && PAGE_NUMBER.matcher(cells.get(1).strip()).matches();
    }

    boolean inKnownTable() {
        return kind != null;
    }

    void end() {
        kind = null;
        columns = List.of();
        headerRepeated = false;
    }

    /** True if the row continues {@code previous} over a page break (and has been appended to it). */
    boolean continues(Block row, RecordDraft previous) {
        boolean continuation = headerRepeated && previous != null && previous.kind == RecordKind.ACTIVITY
                && cell(row, "start_date").isBlank() && cell(row, "end_date").isBlank() && !cell(row, "name").isBlank();
        headerRepeated = false;
        if (continuation) {
            previous.title = previous.title + " " + cell(row, "name").strip();
            previous.append(row);
        }
        return continuation;
    }

    RecordDraft row(Block row, Position position, List<String> warnings) {
        if (row.cells().size() != columns.size()) {
            warnings.add("page " + row.page() + ": " + kind + " row has " + row.cells().size() + " cells, expected "
                    + columns.size() + ": " + abbreviate(row.text()));
        }
        String name = cell(row, "name").strip();
        if ("activity".equals(kind)) {
            RecordDraft draft = RecordDraft.of(RecordKind.ACTIVITY, position, name, row, name, rawCell(row, "name"));
            draft.startDate = date(cell(row, "start_date"), row, warnings);
            draft.endDate = date(cell(row, "end_date"), row, warnings);
            draft.goal = position.goal();
            return draft;
        }
        RecordDraft draft = RecordDraft.of(RecordKind.INDICATOR, position, name, row, name, rawCell(row, "name"));
        draft.values = values(cell(row, "target"), cell(row, "city_target"), cell(row, "period"));
        draft.goal = position.goal();
        return draft;
    }

    static IndicatorValues values(String target, String cityTarget, String period) {
        Double number = null;
        String unit = null;
        Matcher m = NUMBER_AND_UNIT.matcher(target);
        if (m.matches()) {
            number = Double.parseDouble(m.group(1).replaceAll("\\s", "").replace(',', '.').replace('−', '-'));
            unit = m.group(2).isBlank() ? null : m.group(2).replaceAll("\\s+(?=\\p{No}|₂)", "");
        }
        return new IndicatorValues(blankToNull(target), blankToNull(cityTarget), blankToNull(period), number, unit);
    }

    private static LocalDate date(String text, Block row, List<String> warnings) {
        if (text.isBlank()) {
            warnings.add("page " + row.page() + ": activity without a date: " + abbreviate(row.text()));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            warnings.add("page " + row.page() + ": unreadable date \"" + text.strip() + "\"");
            return null;
        }
    }

    private String cell(Block row, String column) {
        int index = columns.indexOf(column);
        return index >= 0 && index < row.cells().size() ? row.cells().get(index) : "";
    }

    private String rawCell(Block row, String column) {
        // rawText is the row as cleaned; its cells are tab-separated like the repaired ones.
        String[] raw = row.rawText().split("\t");
        int index = columns.indexOf(column);
        return index >= 0 && index < raw.length ? raw[index].strip() : cell(row, column);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
