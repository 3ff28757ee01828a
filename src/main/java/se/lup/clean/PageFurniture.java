package se.lup.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.Page;

/**
 * Splits a document into body lines with page numbers, dropping page furniture: page labels ("Sida 34 (37)", "7 (16)"),
 * the running titles printed beside them, and lines repeated at the top or bottom of many pages.
 *
 * <p>A document with one page (a text file without form feeds) is split into pages by the signals text exports leave:
 * a page label, or a line opening with one space right after a non-blank line. A label also names its page, so pages
 * are numbered from it ("7 (16)" after four unlabelled pages: those are pages 3 to 6).
 */
final class PageFurniture {
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final int EDGE_LINES = 2;

    private final LayoutRules rules;

    PageFurniture(LayoutRules rules) {
        this.rules = rules;
    }

    PagedLines split(ExtractedDocument doc) {
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        boolean physicalPages = doc.pages().size() > 1;
        if (physicalPages) {
            for (Page p : doc.pages()) {
                for (String line : lines(p.text())) {
                    lines.add(line);
                    pages.add(p.number());
                }
            }
        } else {
            lines.addAll(lines(doc.pages().isEmpty() ? "" : doc.pages().get(0).text()));
            pages.addAll(virtualPages(lines));
        }
        boolean[] furniture = findFurniture(lines, pages, physicalPages);
        List<SourceLine> body = new ArrayList<>();
        int blanks = 0;
        int pageCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            pageCount = Math.max(pageCount, pages.get(i));
            String text = trim(lines.get(i));
            if (text.isEmpty() || furniture[i]) {
                blanks++;
                continue;
            }
            body.add(new SourceLine(pages.get(i), text, body.isEmpty() ? 0 : blanks));
            blanks = 0;
        }
        return new PagedLines(body, Math.max(pageCount, doc.pages().size()));
    }

    static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Spaces and no-break spaces off both ends; tabs are kept because they separate table cells. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) start++;
        while (end > start && isSpace(line.charAt(end - 1))) end--;
        String t = line.substring(start, end);
        return t.replace("\t", "").isBlank() ? "" : t;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    /** Page numbers for the lines of a single-page text, from page-start lines and page labels. */
    private List<Integer> virtualPages(List<String> lines) {
        List<Integer> virtual = new ArrayList<>();
        Map<Integer, Integer> labelled = new LinkedHashMap<>();
        int page = 1;
        boolean pageHasBody = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = trim(line);
            if (!t.isEmpty()) {
                if (rules.isPageLabel(t)) {
                    boolean footer = pageHasBody && opensPage(lines, nextNonBlank(lines, i + 1));
                    if (!footer && pageHasBody) {
                        page++;
                        pageHasBody = false;
                    }
                    labelled.putIfAbsent(page, LayoutRules.labelNumber(t));
                } else {
                    if (pageHasBody && opensPage(lines, i)) {
                        page++;
                    }
                    pageHasBody = true;
                }
            }
            virtual.add(page);
        }
        Map<Integer, Integer> number = numberPages(page, labelled);
        return virtual.stream().map(number::get).toList();
    }

    private boolean opensPage(List<String> lines, int i) {
        return i > 0 && i < lines.size()
                && rules.pageStartLine().matcher(lines.get(i)).matches()
                && !trim(lines.get(i - 1)).isEmpty();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!trim(lines.get(j)).isEmpty()) return j;
        }
        return lines.size();
    }

    /** Virtual page → printed page number: labels re-anchor the count; pages before the first label count back from it. */
    private static Map<Integer, Integer> numberPages(int pageCount, Map<Integer, Integer> labelled) {
        Map<Integer, Integer> number = new HashMap<>();
        int current = 0;
        for (int v = 1; v <= pageCount; v++) {
            Integer label = labelled.get(v);
            current = label != null && label > current ? label : current + 1;
            number.put(v, current);
        }
        if (!labelled.isEmpty()) {
            var first = labelled.entrySet().iterator().next();
            int offset = first.getValue() - first.getKey();
            if (offset > 0) {
                for (int v = 1; v < first.getKey(); v++) number.put(v, v + offset);
            }
        }
        return number;
    }

    private boolean[] findFurniture(List<String> lines, List<Integer> pages, boolean physicalPages) {
        boolean[] furniture = new boolean[lines.size()];
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (rules.isPageLabel(trim(lines.get(i)))) {
                furniture[i] = true;
                labels.add(i);
            }
        }
        markRepeatedEdges(lines, pages, physicalPages, furniture);
        labels.forEach(i -> markRunningTitles(lines, i, furniture));
        return furniture;
    }

    /** Lines printed right beside a page label (same line group, or the nearest line across blank lines) when title-like. */
    private void markRunningTitles(List<String> lines, int label, boolean[] furniture) {
        for (int step : new int[] {-1, 1}) {
            int i = label + step;
            while (i >= 0 && i < lines.size() && !trim(lines.get(i)).isEmpty() && furnitureLike(trim(lines.get(i)))) {
                furniture[i] = true;
                i += step;
            }
            if (i == label + step) {
                int j = i;
                while (j >= 0 && j < lines.size() && trim(lines.get(j)).isEmpty()) j += step;
                if (j >= 0 && j < lines.size() && isolated(lines, j) && runningTitle(trim(lines.get(j)))) {
                    furniture[j] = true;
                }
            }
        }
    }

    private static boolean isolated(List<String> lines, int i) {
        return (i == 0 || trim(lines.get(i - 1)).isEmpty()) && (i + 1 >= lines.size() || trim(lines.get(i + 1)).isEmpty());
    }

    private boolean furnitureLike(String t) {
        return !t.contains("\t")
                && !LayoutRules.endsWithPunctuation(t)
                && !Character.isLowerCase(t.codePointAt(0))
                && t.split("\\s+").length <= rules.runningTitleMaxWords()
                && !rules.bullet().matcher(t).find();
    }

    /** A title-like line that names the document's kind or year, as running headers do; a section heading does not. */
    private boolean runningTitle(String t) {
        if (!furnitureLike(t) || rules.numbered().matcher(t).find()) return false;
        if (YEAR.matcher(t).find()) return true;
        for (String word : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String cue : rules.runningTitleWords()) {
                if (word.startsWith(cue)) return true;
            }
        }
        return false;
    }

    /** Lines (digits ignored) found at the top or bottom of many pages are running headers or footers. */
    private void markRepeatedEdges(List<String> lines, List<Integer> pages, boolean physicalPages, boolean[] furniture) {
        Map<Integer, List<Integer>> byPage = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!trim(lines.get(i)).isEmpty() && !furniture[i]) byPage.computeIfAbsent(pages.get(i), p -> new ArrayList<>()).add(i);
        }
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<String, List<Integer>> linesByKey = new HashMap<>();
        for (var entry : byPage.entrySet()) {
            List<Integer> idx = entry.getValue();
            Set<Integer> edges = new HashSet<>();
            for (int k = 0; k < Math.min(EDGE_LINES, idx.size()); k++) {
                edges.add(idx.get(k));
                edges.add(idx.get(idx.size() - 1 - k));
            }
            for (int i : edges) {
                String t = trim(lines.get(i));
                if (physicalPages && rules.edgePageNumber().matcher(t).matches()) {
                    furniture[i] = true;
                    continue;
                }
                if (t.contains("\t")) continue;
                String key = t.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
                pagesByKey.computeIfAbsent(key, x -> new HashSet<>()).add(entry.getKey());
                linesByKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        int minPages = Math.max(rules.repeatedEdgeMinPages(), (int) Math.ceil(byPage.size() * 0.25));
        pagesByKey.forEach((key, onPages) -> {
            if (onPages.size() >= minPages) linesByKey.get(key).forEach(i -> furniture[i] = true);
        });
    }
}
