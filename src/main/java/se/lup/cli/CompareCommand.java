package se.lup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lup.compare.CategoryComparison;
import se.lup.compare.DistrictCategoryMatrix;
import se.lup.compare.TextTable;
import se.lup.config.Json;
import se.lup.export.CsvRecords;
import se.lup.record.LupRecord;
import se.lup.search.InvalidQueryException;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchRequest;

@Command(name = "compare", description = {
        "Compare districts: a district x theme-category matrix of record counts (and ids in --json/--csv),",
        "or with --theme-category C each district's themes and measures in that category side by side."})
public final class CompareCommand implements Callable<Integer> {
    private static final int COLUMN_WIDTH = 48;
    private static final int LABEL_WIDTH = 12;
    /** Must not close the command's output stream when a CSV table is done. */
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", paramLabel = "K", description = "Only records of this kind, e.g. measure (repeatable).")
    List<String> kinds = List.of();

    @Option(names = "--theme-category", paramLabel = "C", description = "Show this category's themes and measures per district.")
    String category;

    @Option(names = "--all-versions", description = "Include earlier versions of plans (default: latest versions only).")
    boolean allVersions;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV for Swedish Excel (UTF-8 with BOM, ';').")
        boolean csv;
    }

    @Mixin
    IndexOption indexOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest("", List.of(), category == null ? List.of() : List.of(category),
                kinds, null, null, 0, allVersions);
        try (RecordSearcher searcher = indexOption.openSearcher()) {
            List<LupRecord> records = searcher.records(request);
            if (category == null) {
                printMatrix(out, DistrictCategoryMatrix.of(records));
            } else {
                printCategory(out, CategoryComparison.of(category, records));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println("lup compare: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("lup compare: " + e.getMessage());
            return ExitCodes.PARTIAL_FAILURE;
        }
    }

    private void printMatrix(PrintWriter out, DistrictCategoryMatrix matrix) throws IOException {
        if (format.json) {
            out.println(Json.pretty(matrix));
        } else if (format.csv) {
            writeCsv(out, List.of("district", "theme_category", "count", "record_ids"), matrix.cells().stream()
                    .map(c -> List.of(c.district(), c.category(), String.valueOf(c.count()), String.join(" ", c.recordIds())))
                    .toList());
        } else {
            Map<String, String> labels = shortLabels(matrix.categories());
            List<String> headers = new ArrayList<>(List.of("District"));
            headers.addAll(labels.values());
            TextTable table = new TextTable(headers, COLUMN_WIDTH);
            matrix.counts().forEach((district, counts) -> {
                List<String> row = new ArrayList<>(List.of(district));
                matrix.categories().forEach(c -> row.add(counts.containsKey(c) ? counts.get(c).toString() : "·"));
                table.row(row);
            });
            out.print(table.render());
            out.println();
            labels.forEach((category, label) -> out.println(label + " = " + category));
            if (matrix.uncategorised() > 0) {
                out.println(matrix.uncategorised() + " records without a theme category are not counted.");
            }
        }
    }

    private void printCategory(PrintWriter out, CategoryComparison comparison) throws IOException {
        if (format.json) {
            out.println(Json.pretty(comparison));
        } else if (format.csv) {
            List<List<String>> rows = new ArrayList<>();
            comparison.districts().forEach(d -> {
                d.themes().forEach(r -> rows.add(csvRow(d.district(), r)));
                d.measures().forEach(r -> rows.add(csvRow(d.district(), r)));
            });
            writeCsv(out, List.of("district", "kind", "record_id", "theme", "title", "text"), rows);
        } else if (comparison.districts().isEmpty()) {
            out.println("No themes or measures in category \"" + comparison.category() + "\".");
        } else {
            TextTable table = new TextTable(List.of("District", "Themes", "Measures"), COLUMN_WIDTH);
            comparison.districts().forEach(d -> table.row(List.of(d.district(),
                    d.themes().stream().map(CompareCommand::label).collect(Collectors.joining("\n")),
                    d.measures().stream().map(r -> "• " + label(r)).collect(Collectors.joining("\n")))));
            out.println("Theme category: " + comparison.category());
            out.print(table.render());
        }
    }

    /** A record as one short line: its title, else the start of its text. */
    private static String label(LupRecord r) {
        String text = r.title() != null ? r.title() : r.text() == null ? r.id() : r.text().replaceAll("\\s+", " ").strip();
        return text.length() <= 2 * COLUMN_WIDTH ? text : text.substring(0, 2 * COLUMN_WIDTH - 1) + "…";
    }

    private static List<String> csvRow(String district, LupRecord r) {
        return List.of(district, r.kind().id(), r.id(), r.theme() == null ? "" : r.theme(),
                r.title() == null ? "" : r.title(), r.text() == null ? "" : r.text());
    }

    /** Column labels for categories: the first word, cut to fit, numbered if two would be the same. */
    private static Map<String, String> shortLabels(List<String> categories) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String category : categories) {
            String word = category.split("\\s+")[0];
            String label = word.length() > LABEL_WIDTH ? word.substring(0, LABEL_WIDTH) : word;
            String unique = label;
            for (int n = 2; labels.containsValue(unique); n++) {
                unique = label + n;
            }
            labels.put(category, unique);
        }
        return labels;
    }

    private static void writeCsv(PrintWriter out, List<String> columns, List<List<String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<Map<String, String>> maps = rows.stream().map(row -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), row.get(i));
            }
            return map;
        }).toList();
        out.write(CsvRecords.BOM);
        CSV.writer(schema.build()).writeValues(out).writeAll(maps).close();
    }
}
