package se.lup.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.lup.segment.Cues.ChapterRole;

/**
 * The heading path of the current position: a stack of headings by level, with what each says (district, chapter
 * role, goal), and the numbering check that tells a section number from a numbered list item.
 */
final class Outline {
    /**
     * How a heading ranks: FIXED headings (numbered, goals, districts, chapters listed in the table of contents) set
     * the structure; ROLE headings (unnumbered, announcing a chapter role) sit one below them; PLAIN ones below both.
     */
    enum Rank { FIXED, ROLE, PLAIN }

    /** One open heading. */
    record Entry(int level, String text, String district, List<ChapterRole> roles, String goalLevel, String goalTitle,
            Rank rank) {}

    private final List<Entry> stack = new ArrayList<>();
    private final String documentDistrict;
    private int[] lastNumber;

    Outline(String documentDistrict) {
        this.documentDistrict = documentDistrict;
    }

    void push(Entry entry) {
        stack.removeIf(e -> e.level() >= entry.level());
        stack.add(entry);
    }

    List<String> section() {
        return stack.stream().map(Entry::text).toList();
    }

    String district() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).district() != null) {
                return stack.get(i).district();
            }
        }
        return documentDistrict;
    }

    /** The roles of the nearest heading that announces any. */
    List<ChapterRole> roles() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (!stack.get(i).roles().isEmpty()) {
                return stack.get(i).roles();
            }
        }
        return List.of();
    }

    List<String> goalPath() {
        return stack.stream().filter(e -> e.goalTitle() != null).map(Entry::goalTitle).toList();
    }

    boolean inGoalSection() {
        return stack.stream().anyMatch(e -> e.goalLevel() != null);
    }

    /** The level an unnumbered heading of this rank gets. */
    int levelFor(Rank rank) {
        int fixed = deepest(Rank.FIXED);
        return switch (rank) {
            case FIXED -> fixed + 1;
            case ROLE -> fixed + 1;
            case PLAIN -> Math.max(fixed, deepest(Rank.ROLE)) + 1;
        };
    }

    /** Level for an unnumbered district heading: beside an open district heading, else below the structure. */
    int districtLevel() {
        return stack.stream().filter(e -> e.district() != null).mapToInt(Entry::level).findFirst()
                .orElse(deepest(Rank.FIXED) + 1);
    }

    int deepest(Rank rank) {
        return stack.stream().filter(e -> e.rank() == rank).mapToInt(Entry::level).max().orElse(0);
    }

    /**
     * Accepts a section number if it continues the numbering (a child, a next sibling or a next ancestor), also when
     * OCR lost its dot ("21" after "2" is 2.1), or if the block is typed as a heading anyway; a number out of sequence
     * is accepted with a warning. Returns the canonical number, or empty for a numbered list item.
     */
    Optional<String> acceptNumber(String written, boolean typedHeading, List<String> warnings) {
        int[] parts = parse(written);
        if (lastNumber == null) {
            boolean opensDocument = typedHeading || (parts.length == 1 && parts[0] == 1);
            return opensDocument ? Optional.of(accept(parts)) : Optional.empty();
        }
        if (expected(parts)) {
            return Optional.of(accept(parts));
        }
        if (parts.length == 1 && written.length() == 2) {
            int[] split = {written.charAt(0) - '0', written.charAt(1) - '0'};
            if (expected(split)) {
                warnings.add("section number \"" + written + "\" read as " + format(split) + " (lost dot)");
                return Optional.of(accept(split));
            }
        }
        boolean sameOrNextChapter = parts[0] == lastNumber[0] || parts[0] == lastNumber[0] + 1;
        if (typedHeading || (sameOrNextChapter && parts.length <= lastNumber.length + 1 && parts.length > 1)) {
            warnings.add("section " + format(parts) + " out of sequence after " + format(lastNumber));
            return Optional.of(accept(parts));
        }
        return Optional.empty();
    }

    private boolean expected(int[] parts) {
        for (int depth = 0; depth <= lastNumber.length; depth++) {
            int[] candidate = Arrays.copyOf(lastNumber, depth + 1);
            if (depth == lastNumber.length) {
                candidate[depth] = 1;
            } else {
                candidate[depth]++;
            }
            if (Arrays.equals(candidate, parts)) {
                return true;
            }
        }
        return false;
    }

    private String accept(int[] parts) {
        lastNumber = parts;
        return format(parts);
    }

    private static int[] parse(String number) {
        return Arrays.stream(number.split("\\.")).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    private static String format(int[] parts) {
        return Arrays.stream(parts).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }
}
