package se.lup.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Joins two lines of one paragraph. A hyphen at the line end is a word break ("förutsätt-" + "ningar") unless it is
 * a real hyphen: before a capital or digit ("Rinkeby-" + "Kista", "2015-" + "2017"), after an acronym ("LUP-" +
 * "arbetet"), or a suspended compound ("barn-" + "och ungdomsverksamhet").
 */
final class Dehyphenator {
    private final Set<String> joiners;

    Dehyphenator(Set<String> suspendedCompoundJoiners) {
        this.joiners = suspendedCompoundJoiners;
    }

    String join(String left, String right) {
        if (left.isEmpty()) return right;
        if (right.isEmpty()) return left;
        if (!endsWithWordHyphen(left)) return left + " " + right;
        String nextWord = right.split("\\s+", 2)[0];
        int next = right.codePointAt(0);
        if (joiners.contains(nextWord.toLowerCase(Locale.ROOT))) return left + " " + right;
        if (Character.isUpperCase(next) || Character.isDigit(next) || acronymBefore(left)) return left + right;
        return left.substring(0, left.length() - 1) + right;
    }

    /** "ord-" but not a dash standing alone (" -"). */
    static boolean endsWithWordHyphen(String text) {
        int n = text.length();
        return n >= 2 && isHyphen(text.charAt(n - 1)) && Character.isLetterOrDigit(text.charAt(n - 2));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    private static boolean acronymBefore(String left) {
        String body = left.substring(0, left.length() - 1);
        int start = body.length();
        while (start > 0 && Character.isLetter(body.charAt(start - 1))) start--;
        String word = body.substring(start);
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }
}
