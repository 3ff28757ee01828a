package se.lup.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.lup.gazetteer.TolerantText;

/**
 * Theme names: splitting a declared list ("Socialt kapital, Barn och ungas livsförutsättningar och Vuxnas utanförskap")
 * into its themes, and recognising a later heading as one of them ("Stärka det sociala kapitalet" is "Socialt kapital")
 * tolerant of inflection and OCR garble.
 */
final class ThemeNames {
    /** Words that say nothing about which theme a heading is. */
    private static final Set<String> STOP_WORDS = Set.of("och", "i", "med", "för", "av", "det", "den", "de", "en", "ett",
            "till", "på", "pa", "for", "om", "samt", "bland", "som", "att", "alla", "fokus", "ökad", "öka", "stärka", "utveckling");
    private static final int SHARED_PREFIX = 4;

    private ThemeNames() {}

    /**
     * Splits an enumeration into {@code count} names: on commas (outside parentheses) first, then on the last
     * "samt" or "och" of the last part while names are missing. Returns what it found, which may be fewer.
     */
    static List<String> split(String enumeration, int count) {
        List<String> parts = new ArrayList<>(splitOutsideParentheses(firstSentenceOrAll(enumeration), ','));
        while (parts.size() < count && !parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            int at = lastConjunction(last);
            if (at < 0) {
                break;
            }
            parts.set(parts.size() - 1, last.substring(0, at).strip());
            parts.add(last.substring(at).replaceFirst("^\\s*(?:samt|och)\\s+", "").strip());
        }
        return parts.stream().map(ThemeNames::clean).filter(s -> !s.isEmpty()).toList();
    }

    /** The index of the declared theme a heading names, if it names one (best word overlap wins). */
    static Optional<Integer> match(String heading, List<String> themes) {
        return match(heading, themes, false);
    }

    /** As {@link #match}, but most words of the line itself must be the theme's, not just all of the theme's. */
    static Optional<Integer> matchWhole(String line, List<String> themes) {
        return match(line, themes, true);
    }

    /**
     * Scores by how much of the theme's words the heading covers ("Demokrati och insyn" names "Demokrati och ökad
     * insyn"; "Trygghetsvandringar" does not name "Trygga offentliga miljöer"); {@code whole} also requires the
     * heading's own words to be mostly the theme's.
     */
    private static Optional<Integer> match(String heading, List<String> themes, boolean whole) {
        List<String> words = contentWords(heading);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < themes.size(); i++) {
            List<String> theme = contentWords(themes.get(i));
            double score = whole ? Math.min(covered(theme, words), covered(words, theme)) : covered(theme, words);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return bestScore >= 0.6 ? Optional.of(best) : Optional.empty();
    }

    /** The share of {@code target}'s words that {@code by} has. */
    private static double covered(List<String> target, List<String> by) {
        if (target.isEmpty() || by.isEmpty()) {
            return 0;
        }
        return (double) target.stream().filter(t -> by.stream().anyMatch(w -> sameWord(t, w))).count() / target.size();
    }

    private static boolean sameWord(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.equals(b) || n >= SHARED_PREFIX;
    }

    private static List<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : TolerantText.normalise(text).split("[^\\p{L}\\p{N}&{]+")) {
            if (w.length() > 1 && !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(TolerantText.wordKey(w));
            }
        }
        return List.copyOf(words);
    }

    private static String firstSentenceOrAll(String text) {
        String t = text.strip().replaceFirst("^[:.;,\\s]+", "");
        int end = t.indexOf(". ");
        return end > 0 ? t.substring(0, end) : t;
    }

    private static int lastConjunction(String text) {
        int samt = text.lastIndexOf(" samt ");
        if (samt > 0) {
            return samt;
        }
        int och = text.lastIndexOf(" och ");
        // "barn- och ungdomsverksamhet" is one name: a suspended compound is not a list.
        return och > 0 && text.charAt(och - 1) != '-' ? och : -1;
    }

    static List<String> splitOutsideParentheses(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == separator && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts;
    }

    static String clean(String name) {
        return name.strip().replaceAll("^[-–•*·\\s]+", "").replaceAll("[.;:,\\s]+$", "").strip();
    }
}
