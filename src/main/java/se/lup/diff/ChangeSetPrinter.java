package se.lup.diff;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import se.lup.record.DocumentRef;

/** The terminal form of a {@link ChangeSet}: a summary line, then changes under district, theme and goal headings. */
public final class ChangeSetPrinter {
    private static final int SHOWN_CHARS = 160;

    private ChangeSetPrinter() {}

    public static void print(ChangeSet set, PrintStream out) {
        out.printf("%s -> %s: %s%n", describe(set.before()), describe(set.after()), summary(set));
        String district = "\u0000";
        String theme = "\u0000";
        List<String> goal = null;
        for (Change c : set.changes()) {
            if (!Objects.equals(district, c.district())) {
                district = c.district();
                theme = "\u0000";
                goal = null;
                out.printf("%n== %s%n", district == null ? "(whole city / no district)" : district);
            }
            if (!Objects.equals(theme, c.theme())) {
                theme = c.theme();
                if (theme != null) {
                    out.printf("  theme: %s%n", theme);
                }
            }
            if (!Objects.equals(goal, c.goal())) {
                goal = c.goal();
                if (!goal.isEmpty()) {
                    out.printf("  goal: %s%n", String.join(" > ", goal));
                }
            }
            out.println("    " + line(c));
        }
    }

    static String summary(ChangeSet set) {
        if (set.changes().isEmpty()) {
            return "no changes";
        }
        return set.changes().size() + " changes (" + set.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id().replace('_', ' '))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String line(Change c) {
        String what = c.kind().id();
        return switch (c.type()) {
            case ADDED -> "+ " + what + ": " + shorten(label(c));
            case REMOVED -> "- " + what + ": " + shorten(label(c));
            case TEXT_CHANGED -> "~ " + what + " text: " + c.wordDiff();
            case RENAMED, DATES_CHANGED, TARGET_CHANGED -> "~ " + what + " " + c.fields().stream()
                    .map(f -> f.field() + " " + f.before() + " -> " + f.after())
                    .collect(Collectors.joining(", ")) + (c.type() == ChangeType.RENAMED ? "" : ": " + shorten(label(c)));
        };
    }

    /** A named record (goal, theme, place, partner) by its name, anything else by its text. */
    private static String label(Change c) {
        boolean named = RecordText.NAMED_BY_TITLE.contains(c.kind()) && c.title() != null && !c.title().isBlank();
        return named || c.text() == null || c.text().isBlank() ? Objects.toString(c.title(), "") : c.text();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…";
    }

    private static String describe(DocumentRef ref) {
        return ref.id() + (ref.version() == null ? "" : " (v" + ref.version() + ")");
    }
}
