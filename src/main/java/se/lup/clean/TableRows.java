package se.lup.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges a table row that continues after a page break into the row it belongs to. The continuation shows as a row
 * whose only filled cell is the first (its other cells stayed on the previous page), often after the table's header
 * row, repeated at the top of the new page; that repeated header is dropped. A table starts where the number of
 * columns changes.
 */
final class TableRows {
    private final Dehyphenator dehyphenator;

    TableRows(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    List<Draft> mergeContinuations(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        Draft header = null;
        for (Draft d : drafts) {
            if (d.type() != BlockType.TABLE_ROW) {
                header = null;
                out.add(d);
                continue;
            }
            Draft last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean newTable = header == null || last.type() != BlockType.TABLE_ROW || last.cells().size() != d.cells().size();
            if (newTable) header = d;
            int previous = previousRow(out, header, d);
            if (previous >= 0 && continuation(d)) {
                Draft row = out.get(previous);
                List<String> cells = new ArrayList<>(row.cells());
                cells.set(0, dehyphenator.join(cells.get(0), d.cells().get(0)));
                out.subList(previous, out.size()).clear();
                out.add(new Draft(BlockType.TABLE_ROW, row.page(), String.join("\t", cells), cells));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** Index of the row a continuation would extend: the last row, or the one before a repeated header. */
    private static int previousRow(List<Draft> out, Draft header, Draft row) {
        int i = out.size() - 1;
        if (i >= 0 && out.get(i) != header && out.get(i).cells().equals(header.cells())) i--;
        if (i < 0) return -1;
        Draft candidate = out.get(i);
        boolean sameTable = candidate.type() == BlockType.TABLE_ROW && candidate != header
                && candidate.cells().size() == row.cells().size() && !continuation(candidate);
        return sameTable ? i : -1;
    }

    private static boolean continuation(Draft row) {
        List<String> cells = row.cells();
        return cells.size() > 1 && !cells.get(0).isEmpty() && cells.subList(1, cells.size()).stream().allMatch(String::isEmpty);
    }
}
