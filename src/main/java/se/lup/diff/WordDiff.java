package se.lup.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Word-level diff of two versions of a record's text, rendered as {@code [-removed-]{+added+}} with a few words of
 * context. Hunks that only reflect OCR noise (a misread letter or two, a split or joined word, punctuation) are not
 * changes: the text counts as changed only when at least one hunk is a real edit.
 */
public final class WordDiff {
    private static final int CONTEXT_WORDS = 4;
    /** Share of a hunk's letters that may differ and still be read as OCR noise rather than an edit. */
    private static final double NOISE_RATE = 0.25;
    /** The preposition "i" and what OCR makes of it when it stands alone ("skillnader 1 livsvillkor"). */
    private static final Set<String> LONE_I = Set.of("i", "1", "l");

    private WordDiff() {}

    /** The rendered diff when the texts differ by more than OCR noise; empty otherwise. */
    public static Optional<String> of(String oldText, String newText) {
        List<String> oldWords = words(oldText);
        List<String> newWords = words(newText);
        Patch<String> patch = DiffUtils.diff(oldWords, newWords,
                (a, b) -> TextProfile.foldWords(a).equals(TextProfile.foldWords(b)));
        List<AbstractDelta<String>> edits = patch.getDeltas().stream().filter(WordDiff::isEdit).toList();
        return edits.isEmpty() ? Optional.empty() : Optional.of(render(oldWords, edits));
    }

    private static boolean isEdit(AbstractDelta<String> delta) {
        String before = TextProfile.foldWords(String.join("", delta.getSource().getLines())).replace(" ", "");
        String after = TextProfile.foldWords(String.join("", delta.getTarget().getLines())).replace(" ", "");
        if (before.equals(after) || (LONE_I.contains(before) && LONE_I.contains(after))) {
            return false;
        }
        if (!before.replaceAll("\\D", "").equals(after.replaceAll("\\D", ""))) {
            return true; // numbers are facts: a changed digit is never noise
        }
        int longest = Math.max(before.length(), after.length());
        return before.isEmpty() || after.isEmpty() || characterEdits(before, after) > Math.max(1, NOISE_RATE * longest);
    }

    private static int characterEdits(String before, String after) {
        List<Character> a = before.chars().mapToObj(c -> (char) c).toList();
        List<Character> b = after.chars().mapToObj(c -> (char) c).toList();
        return DiffUtils.diff(a, b).getDeltas().stream()
                .mapToInt(d -> Math.max(d.getSource().size(), d.getTarget().size()))
                .sum();
    }

    private static String render(List<String> oldWords, List<AbstractDelta<String>> edits) {
        List<String> out = new ArrayList<>();
        int shownUpTo = 0;
        for (int i = 0; i < edits.size(); i++) {
            AbstractDelta<String> edit = edits.get(i);
            int at = edit.getSource().getPosition();
            int contextFrom = Math.max(shownUpTo, at - CONTEXT_WORDS);
            if (contextFrom > shownUpTo || (i == 0 && contextFrom > 0)) {
                out.add("…");
            }
            out.addAll(oldWords.subList(contextFrom, at));
            if (!edit.getSource().getLines().isEmpty()) {
                out.add("[-" + String.join(" ", edit.getSource().getLines()) + "-]");
            }
            if (!edit.getTarget().getLines().isEmpty()) {
                out.add("{+" + String.join(" ", edit.getTarget().getLines()) + "+}");
            }
            shownUpTo = at + edit.getSource().size();
            int nextEdit = i + 1 < edits.size() ? edits.get(i + 1).getSource().getPosition() : oldWords.size();
            int contextTo = Math.min(nextEdit, shownUpTo + CONTEXT_WORDS);
            out.addAll(oldWords.subList(shownUpTo, contextTo));
            shownUpTo = contextTo;
        }
        if (shownUpTo < oldWords.size()) {
            out.add("…");
        }
        return String.join(" ", out);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
