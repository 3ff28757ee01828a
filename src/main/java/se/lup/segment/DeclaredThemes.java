package se.lup.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The themes a declaration ("arbetar utifrån tre prioriterade teman") announces: named in its own paragraph
 * ("... teman. Socialt kapital, Barn och ungas livsförutsättningar och Vuxnas utanförskap"), or in the blocks after
 * it as list items, labelled paragraphs ("Trygghet - trygghet för invånare ...") or headings with a description.
 * One instance per declaration; it knows how many themes are still due.
 */
final class DeclaredThemes {
    /** One declared theme: its name, the text given with it, and whether it is a heading that opens a section. */
    record Item(String title, String text, boolean heading) {}

    /** What a block offered to the declaration was: themes (possibly none, e.g. a description), or past its end. */
    record Offer(List<Item> items, boolean ended) {}

    private enum Mode { UNDECIDED, LIST, LABEL, HEADINGS }

    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[^.:]{1,60}?)\\s+[-–]\\s+\\S.*", Pattern.DOTALL);
    private static final Pattern LABEL_START = Pattern.compile("\\p{Lu}[^.:]{1,60}?\\s+[-–]\\s+\\S");
    /** "Trygghet - ... Stöd och insatser för egen försörjning - ...": labelled items run together in one paragraph. */
    private static final Pattern LABEL_BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}[^.:]{1,60}?\\s+[-–]\\s+\\S)");
    /** The names after a declaration's sentence: "... tre teman. Socialt kapital, ..." or "... teman: a, b och c". */
    private static final Pattern INLINE_LIST = Pattern.compile("^[^.:;]*[.:;]\\s*(\\S.*)$", Pattern.DOTALL);

    final int count;
    private int found;
    private boolean closed;
    private Mode mode = Mode.UNDECIDED;

    DeclaredThemes(int count) {
        this.count = count;
    }

    int found() {
        return found;
    }

    boolean complete() {
        return closed || found >= count;
    }

    /** Themes named in the declaration's own paragraph (after its cue); any still due must follow. */
    List<Item> inline(String rest) {
        Matcher label = LABEL_START.matcher(rest);
        if (label.find()) {
            // Layout joined "... fokusera på tre områden" and its "Trygghet - ..." items into one paragraph.
            mode = Mode.LABEL;
            return labelled(rest.substring(label.start()));
        }
        Matcher inline = INLINE_LIST.matcher(rest);
        if (!inline.matches()) {
            return List.of();
        }
        List<Item> items = ThemeNames.split(inline.group(1), count).stream().map(n -> new Item(n, n, false)).toList();
        // A list in the sentence is the whole declaration: nothing more will follow.
        found = items.size();
        closed = true;
        return items;
    }

    /**
     * Offers the next block. {@code list}: a list item; {@code headingShaped}: a heading or a line that could be one;
     * {@code structural}: a section number, goal or district heading, which ends the declaration's items.
     */
    Offer offer(String text, boolean list, boolean headingShaped, boolean structural) {
        if (mode == Mode.UNDECIDED) {
            mode = list ? Mode.LIST : LABEL.matcher(text).matches() ? Mode.LABEL
                    : headingShaped ? Mode.HEADINGS : Mode.UNDECIDED;
            if (mode == Mode.UNDECIDED) {
                return new Offer(List.of(), structural);
            }
        }
        List<Item> items = switch (mode) {
            case LIST -> list ? one(new Item(ThemeNames.clean(text), "", false)) : List.of();
            case LABEL -> labelled(text);
            case HEADINGS -> headingShaped ? one(new Item(ThemeNames.clean(text), "", true)) : List.of();
            case UNDECIDED -> List.of();
        };
        boolean ended = items.isEmpty() && (mode != Mode.HEADINGS || structural);
        return new Offer(items, ended);
    }

    private List<Item> one(Item item) {
        found++;
        return List.of(item);
    }

    private List<Item> labelled(String text) {
        List<Item> items = new ArrayList<>();
        for (String part : LABEL_BOUNDARY.split(text)) {
            Matcher label = LABEL.matcher(part);
            if (label.matches() && !complete()) {
                items.add(new Item(label.group(1).strip(), part, false));
                found++;
            }
        }
        return items;
    }
}
