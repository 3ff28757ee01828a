package se.lup.segment;

import java.util.regex.Pattern;
import se.lup.gazetteer.TolerantText;

/**
 * What a heading looks like when layout did not mark it: short, capitalised, without closing punctuation; section
 * numbers ("3.1 Rinkeby-Kista", OCR'd "4.Malsattningar"); and the document's own title repeated as its first heading.
 */
final class Headings {
    /** A section number and its title; the dot after the number may be missing. */
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s*(\\p{Lu}.*)$");
    /** A goal's number after its level prefix ("1.2. Stockholm är en trygg ..."). */
    static final Pattern GOAL_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$");
    static final int SOFT_MAX = 70;
    private static final int MAX_WORDS = 10;
    private static final int TITLE_PREFIX = 20;

    private Headings() {}

    /** A block typed as a heading, or a line shaped like one. */
    static boolean shaped(String text, boolean typed) {
        if (typed) {
            return true;
        }
        String t = text.strip();
        return !t.isEmpty() && t.length() <= SOFT_MAX && Character.isUpperCase(t.codePointAt(0))
                && t.split("\\s+").length <= MAX_WORDS && !t.matches(".*[.,;:!?-]$") && !t.contains("\t");
    }

    /** The document's title (from its metadata) repeated as a heading. */
    static boolean isTitle(String text, String documentTitle) {
        if (documentTitle == null) {
            return false;
        }
        String a = ThemeNames.clean(TolerantText.normalise(text));
        String b = ThemeNames.clean(TolerantText.normalise(documentTitle));
        return a.equals(b) || (a.length() >= TITLE_PREFIX && (a.startsWith(b) || b.startsWith(a)));
    }
}
