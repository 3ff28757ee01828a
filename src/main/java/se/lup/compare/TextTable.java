package se.lup.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: columns as wide as their content up to a limit, longer cells wrapped at
 * spaces, explicit line breaks in a cell kept, rows separated by a rule when any cell spans several lines.
 */
public final class TextTable {
    private final List<String> headers;
    private final int maxColumnWidth;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> headers, int maxColumnWidth) {
        this.headers = List.copyOf(headers);
        this.maxColumnWidth = maxColumnWidth;
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], Math.min(line.length(), maxColumnWidth));
                }
            }
        }
        List<List<List<String>>> wrapped = all.stream().map(row -> wrapRow(row, widths)).toList();
        boolean ruled = wrapped.stream().skip(1).anyMatch(row -> row.stream().anyMatch(cell -> cell.size() > 1));
        String rule = rule(widths);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < wrapped.size(); r++) {
            if (r == 1 || (ruled && r > 1)) {
                out.append(rule).append('\n');
            }
            appendRow(out, wrapped.get(r), widths);
        }
        return out.toString();
    }

    private List<List<String>> wrapRow(List<String> row, int[] widths) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : row.get(c).split("\n", -1)) {
                lines.addAll(wrap(paragraph, widths[c]));
            }
            cells.add(lines);
        }
        return cells;
    }

    private static void appendRow(StringBuilder out, List<List<String>> cells, int[] widths) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = line < cells.get(c).size() ? cells.get(c).get(line) : "";
                text.append(c == 0 ? "" : " │ ").append(part).append(" ".repeat(widths[c] - part.length()));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "─┼─").append("─".repeat(widths[c]));
        }
        return rule.toString();
    }

    /** Greedy word wrap; a word longer than the width is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
