package se.lup.gazetteer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that knows how OCR read with an English model garbles Swedish: å, ä and ö come out as a, o, é, i, d,
 * 6, &amp; 4 or {, and words break with a hyphen at line ends. Used for district names, heading cues and theme names.
 */
public final class TolerantText {
    /** What Tesseract's English model makes of å, ä and ö, plus the plain vowels: one character class for each. */
    static final String SWEDISH_VOWEL = "[aåäoöeéèêdi6&{4]{1,2}";
    private static final String WORD_BOUNDARY =
            "(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))";

    private TolerantText() {}

    /** A literal as a regex: å/ä/ö as any OCR reading of them, word separators as hyphen, dash, space or line break. */
    public static String literal(String surface) {
        StringBuilder re = new StringBuilder();
        for (char c : surface.toCharArray()) {
            switch (Character.toLowerCase(c)) {
                case 'å', 'ä', 'ö' -> re.append(SWEDISH_VOWEL);
                case '-', ' ', '/' -> re.append("[\\s\\-–/]*");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** A regex written in clean Swedish, compiled so that its å/ä/ö also match their OCR readings; case-insensitive. */
    public static Pattern regex(String swedishRegex) {
        return Pattern.compile(regexSource(swedishRegex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The source of {@link #regex}, for composing it with other parts first. {@code \\b} becomes a boundary between
     * letters or digits and anything else, since Java's own is ASCII-only and would not see one before "är".
     */
    public static String regexSource(String swedishRegex) {
        StringBuilder re = new StringBuilder();
        for (char c : swedishRegex.replace("\\b", WORD_BOUNDARY).toCharArray()) {
            re.append(switch (Character.toLowerCase(c)) {
                case 'å', 'ä', 'ö' -> SWEDISH_VOWEL;
                default -> String.valueOf(c);
            });
        }
        return re.toString();
    }

    /** Text as cues are matched against: lower case, line-end hyphenation joined ("priori-teringar"), spaces collapsed. */
    public static String normalise(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /** Line-end hyphenation inside a word joined ("priori- teringar", not "alkohol- och"), spaces collapsed, case kept. */
    public static String tidy(String text) {
        return text.replaceAll("(?<=\\p{Ll})-\\s+(?!(?:och|eller|samt|respektive|till)\\s)(?=\\p{Ll})", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * A comparison key for one word: every letter OCR confuses with å/ä/ö (and those letters themselves) becomes '*',
     * so "utanförskap", "utanforskap" and "utanférskap" share a key.
     */
    public static String wordKey(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            key.append(switch (c) {
                case 'a', 'å', 'ä', 'o', 'ö', 'é', 'è', 'ê', '6', '&', '{', '4' -> '*';
                default -> c;
            });
        }
        return key.toString();
    }
}
