package se.lup.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Joins the hard-wrapped lines of a paragraph and separates blocks. Two lines belong together when the first ends in
 * a word-break hyphen, when the second starts in lower case (also across a page break or a stray blank line), or when
 * the first word of the second line would not have fitted on the first: a line that stops short of the text width
 * was ended on purpose (heading, list, end of paragraph). Blank lines break paragraphs, except in double-spaced text
 * where one blank line is just the line spacing. Text that was never wrapped (one paragraph per line) is not joined
 * by width at all.
 */
final class Reflow {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");

    private static final double DOUBLE_SPACED_SHARE = 0.6;

    private final LayoutRules rules;
    private final Dehyphenator dehyphenator;

    Reflow(LayoutRules rules) {
        this.rules = rules;
        this.dehyphenator = new Dehyphenator(rules.suspendedCompoundJoiners());
    }

    /** {@code hardWrapped}: the lines may have been wrapped by a page layout; otherwise each line is a paragraph. */
    List<LineGroup> groups(List<SourceLine> lines, boolean hardWrapped) {
        List<LineKind> kinds = kinds(lines);
        double width = hardWrapped ? textWidth(lines, kinds) : Double.MAX_VALUE;
        int spacing = doubleSpaced(lines) ? 1 : 0;
        List<LineGroup> groups = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            LineKind kind = kinds.get(i);
            int gap = Math.max(0, line.blanksBefore() - spacing);
            SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (current != null && continues(current, line, kind, gap, next, width)) {
                current.add(line.text());
            } else {
                if (current != null) groups.add(current.build());
                current = new Builder(kind, line.page(), line.blanksBefore(), line.text());
            }
        }
        if (current != null) groups.add(current.build());
        return groups;
    }

    private boolean continues(Builder group, SourceLine line, LineKind kind, int gap, SourceLine next, double width) {
        if (group.kind == LineKind.TABLE || group.kind == LineKind.TOC || kind != LineKind.TEXT) return false;
        String last = group.lines.get(group.lines.size() - 1);
        String text = line.text();
        if (Dehyphenator.endsWithWordHyphen(last)) return true;
        // A sentence goes on in lower case, also past a page break or a stray blank line.
        if (Character.isLowerCase(text.codePointAt(0))) return true;
        if (gap >= 1) return false;
        if (last.endsWith(",")) return true;
        // A title stands on its own line: the line after a lone title, or a title line not continued below it.
        if (group.lines.size() == 1 && rules.titleLike(last)) return false;
        if (rules.titleLike(text) && standsAlone(next)) return false;
        // A short line that ends a sentence ends its paragraph.
        if (SENTENCE_END.matcher(last).find() && last.length() < rules.shortSentenceEnd() * width) return false;
        if (width > rules.maxWrappedWidth()) return false;
        // Wrapped by the layout only if the next word would not have fitted on the line.
        String firstWord = text.split("\\s+", 2)[0];
        return last.length() + 1 + firstWord.length() > rules.wrapTolerance() * width;
    }

    /** A line is not continued by the next one when that one is missing or starts a new sentence. */
    private static boolean standsAlone(SourceLine next) {
        return next == null || !Character.isLowerCase(next.text().codePointAt(0));
    }

    /** Line kinds; a table of contents runs from its title ("Innehåll") over entries ending in a page number. */
    private List<LineKind> kinds(List<SourceLine> lines) {
        List<LineKind> kinds = new ArrayList<>();
        boolean inToc = false;
        for (SourceLine line : lines) {
            String t = line.text();
            boolean entry = rules.tocEntry().matcher(t).matches();
            if (inToc && !entry) inToc = false;
            if (rules.tocTitles().contains(t.toLowerCase(Locale.ROOT))) {
                inToc = true;
                kinds.add(LineKind.TEXT);
            } else if ((inToc && entry) || rules.tocLeader().matcher(t).find()) {
                kinds.add(LineKind.TOC);
            } else if (t.contains("\t")) {
                kinds.add(LineKind.TABLE);
            } else if (rules.bullet().matcher(t).find()) {
                kinds.add(LineKind.BULLET);
            } else if (rules.numbered().matcher(t).find()) {
                kinds.add(LineKind.NUMBERED);
            } else {
                kinds.add(LineKind.TEXT);
            }
        }
        return kinds;
    }

    /** The width full lines reach, as a high percentile of line lengths (tables and very short lines left out). */
    private double textWidth(List<SourceLine> lines, List<LineKind> kinds) {
        int[] lengths = new int[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            int len = lines.get(i).text().length();
            if (kinds.get(i) != LineKind.TABLE && kinds.get(i) != LineKind.TOC && len >= 10) lengths[n++] = len;
        }
        if (n == 0) return Double.MAX_VALUE;
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) (n * rules.lineWidthPercentile()))];
    }

    /** Most lines separated by exactly one blank line: that blank is line spacing, not a paragraph break. */
    private static boolean doubleSpaced(List<SourceLine> lines) {
        long single = lines.stream().skip(1).filter(l -> l.blanksBefore() == 1).count();
        return lines.size() > 2 && single >= DOUBLE_SPACED_SHARE * (lines.size() - 1);
    }

    private final class Builder {
        final LineKind kind;
        final int page;
        final int blanksBefore;
        final List<String> lines = new ArrayList<>();
        String text;

        Builder(LineKind kind, int page, int blanksBefore, String first) {
            this.kind = kind;
            this.page = page;
            this.blanksBefore = blanksBefore;
            this.lines.add(first);
            this.text = first;
        }

        void add(String line) {
            lines.add(line);
            text = dehyphenator.join(text, line);
        }

        LineGroup build() {
            return new LineGroup(kind, page, blanksBefore, lines, text);
        }
    }
}
