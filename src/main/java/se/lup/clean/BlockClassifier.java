package se.lup.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types each line group: table rows and TOC entries by their line kind; bullets and numbered runs (1, 2, 3 …) as list
 * items; numbered or short title-like standalone lines as headings; a run of three or more short lines without
 * bullets (a list whose bullets were lost) as list items; everything else as paragraphs.
 */
final class BlockClassifier {
    private static final Pattern TOC_PARTS = Pattern.compile("^(.*?)[\\s.…_]*(\\d{1,4})\\s*$");

    private final LayoutRules rules;

    BlockClassifier(LayoutRules rules) {
        this.rules = rules;
    }

    List<Draft> classify(List<LineGroup> groups) {
        boolean[] shortRun = shortLineRuns(groups);
        List<Draft> drafts = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            LineGroup g = groups.get(k);
            drafts.add(switch (g.kind()) {
                case TABLE -> tableRow(g);
                case TOC -> tocEntry(g);
                case BULLET -> new Draft(BlockType.LIST_ITEM, g.page(), rules.bullet().matcher(g.text()).replaceFirst(""), List.of());
                case NUMBERED -> draft(numberedListItem(groups, k) ? BlockType.LIST_ITEM
                        : headingShape(g) ? BlockType.HEADING : BlockType.PARAGRAPH, g);
                case TEXT -> draft(textType(g, shortRun[k]), g);
            });
        }
        return listsOfTitles(drafts, groups);
    }

    /**
     * Three or more unnumbered headings in a row are not a stack of sections with no text: they are a list (of
     * activities, say) whose bullets were lost, under the first of them.
     */
    private List<Draft> listsOfTitles(List<Draft> drafts, List<LineGroup> groups) {
        List<Draft> out = new ArrayList<>(drafts);
        int k = 0;
        while (k < out.size()) {
            int end = k;
            while (end < out.size() && plainHeading(out.get(end), groups.get(end))) end++;
            if (end - k >= 3) {
                for (int i = k + 1; i < end; i++) out.set(i, draft(BlockType.LIST_ITEM, groups.get(i)));
            }
            k = Math.max(end, k + 1);
        }
        return out;
    }

    private boolean plainHeading(Draft d, LineGroup g) {
        return d.type() == BlockType.HEADING && g.kind() == LineKind.TEXT && !headingCue(g.text());
    }

    /** A cue heading ("Nämndmål: …") or a table of contents title is a heading wherever it stands. */
    private boolean headingCue(String text) {
        return rules.headingPrefixes().stream().anyMatch(text::startsWith) || rules.tocTitles().contains(text.toLowerCase(Locale.ROOT));
    }

    private BlockType textType(LineGroup g, boolean inShortRun) {
        if (headingCue(g.text())) return BlockType.HEADING;
        if (inShortRun) return BlockType.LIST_ITEM;
        return headingShape(g) ? BlockType.HEADING : BlockType.PARAGRAPH;
    }

    private static Draft draft(BlockType type, LineGroup g) {
        return new Draft(type, g.page(), g.text(), List.of());
    }

    private static Draft tableRow(LineGroup g) {
        List<String> cells = Arrays.stream(g.text().split("\t", -1)).map(PageFurniture::trim).toList();
        return new Draft(BlockType.TABLE_ROW, g.page(), String.join("\t", cells), cells);
    }

    private static Draft tocEntry(LineGroup g) {
        Matcher m = TOC_PARTS.matcher(g.text());
        List<String> cells = m.matches() ? List.of(m.group(1).strip(), m.group(2)) : List.of(g.text());
        return new Draft(BlockType.TOC, g.page(), String.join("\t", cells), cells);
    }

    /** Title-like, on at most two lines (a long title wraps once). */
    private boolean headingShape(LineGroup g) {
        return g.lines().size() <= 2 && rules.titleLike(g.text());
    }

    /** A numbered group is a list item when its neighbour continues the count (1., 2., 3. …) without a section number. */
    private boolean numberedListItem(List<LineGroup> groups, int k) {
        int n = listNumber(groups.get(k));
        return n > 0 && ((k + 1 < groups.size() && listNumber(groups.get(k + 1)) == n + 1)
                || (k > 0 && listNumber(groups.get(k - 1)) == n - 1));
    }

    private int listNumber(LineGroup g) {
        if (g.kind() != LineKind.NUMBERED) return -1;
        Matcher m = rules.numbered().matcher(g.text());
        return m.find() && !m.group(1).contains(".") ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Three or more consecutive single short lines, not separated by blank lines: a list that lost its bullets. */
    private boolean[] shortLineRuns(List<LineGroup> groups) {
        boolean[] member = new boolean[groups.size()];
        int k = 0;
        while (k < groups.size()) {
            int end = k + 1;
            if (shortLine(groups.get(k))) {
                while (end < groups.size() && shortLine(groups.get(end)) && groups.get(end).blanksBefore() == 0) end++;
                if (end - k >= 3) Arrays.fill(member, k, end, true);
            }
            k = end;
        }
        return member;
    }

    private boolean shortLine(LineGroup g) {
        return g.kind() == LineKind.TEXT && g.lines().size() == 1 && !headingCue(g.text())
                && g.text().split("\\s+").length <= rules.shortLineRunMaxWords()
                && !LayoutRules.endsWithPunctuation(g.text());
    }
}
