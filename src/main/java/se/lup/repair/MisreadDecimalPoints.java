package se.lup.repair;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import se.lup.config.PipelineFiles;

/**
 * Decimal commas that OCR read as periods ("189.6" for "189,6": a poor scan loses the comma's tail). Swedish writes
 * decimals with a comma, but a period between digits is also a section or goal number ("mål 1.2"), a time ("13.00"), a
 * date or thousands grouping, which clean plans are full of. So the period becomes a comma only where the number is
 * plainly a quantity: a unit follows it ({@code pipeline/repair/decimal-units.txt}: "%", "procent", "mnkr"), it is
 * negative or below one ("-1.3", "0.5"), or it stands in a row of figures one of which is written with a decimal comma
 * ("189.6 66,0 262.8") and does not start the line (a goal number starts its line, and prose may name one beside an
 * amount: "47,4 mnkr enligt mål 1.2"). Never in a chain ("1.2.3", "2022.01.01") or with
 * more than two digits after the period ("1.000").
 */
final class MisreadDecimalPoints {
    static final String FILE = "repair/decimal-units.txt";
    private static final int MAX_DECIMALS = 2;

    private final Set<String> units;

    MisreadDecimalPoints(Collection<String> units) {
        this.units = Set.copyOf(units);
    }

    static MisreadDecimalPoints load() {
        return new MisreadDecimalPoints(SwedishLexicon.readLines(PipelineFiles.open(FILE), "pipeline/" + FILE));
    }

    /**
     * Whether the separator token at {@code at}, a period between two numbers, is a misread decimal comma.
     * {@code lowerWord} gives the word at a token index as repaired, lower case (a unit may itself have been misread).
     */
    boolean isDecimalComma(List<Tokens.Token> tokens, int at, IntFunction<String> lowerWord) {
        if (at < 1 || at + 1 >= tokens.size() || !tokens.get(at).text().equals(".")
                || !digits(tokens.get(at - 1)) || !digits(tokens.get(at + 1)) || tokens.get(at + 1).text().length() > MAX_DECIMALS) {
            return false;
        }
        String before = at >= 2 ? tokens.get(at - 2).text() : "";
        String after = at + 2 < tokens.size() ? tokens.get(at + 2).text() : "";
        if (before.endsWith(".") || before.endsWith(",") || after.equals(".") && at + 3 < tokens.size() && digits(tokens.get(at + 3))) {
            return false;
        }
        if (unitFollows(tokens, at + 2, lowerWord) || tokens.get(at - 1).text().equals("0") || negative(before, at == 2)) {
            return true;
        }
        return !before.isEmpty() && before.indexOf('\n') < 0 && !timeOfDay(tokens.get(at - 1).text(), tokens.get(at + 1).text())
                && commaDecimalInRow(tokens, at);
    }

    /** A unit right after the number: a symbol starting the separator ("2.6 %") or, one space on, a unit word. */
    private boolean unitFollows(List<Tokens.Token> tokens, int separator, IntFunction<String> lowerWord) {
        if (separator >= tokens.size()) {
            return false;
        }
        String text = tokens.get(separator).text();
        String symbols = text.strip();
        if (!symbols.isEmpty()) {
            return units.contains(symbols.substring(0, 1));
        }
        return text.indexOf('\n') < 0 && separator + 1 < tokens.size() && units.contains(lowerWord.apply(separator + 1));
    }

    /** A minus sign right before the number, itself after a space or at the start ("-0.2", not the range "1-14"). */
    private static boolean negative(String before, boolean startsText) {
        if (!endsInMinus(before)) {
            return false;
        }
        return before.length() == 1 ? startsText : Character.isWhitespace(before.charAt(before.length() - 2));
    }

    private static boolean timeOfDay(String hours, String minutes) {
        return minutes.length() == 2 && hours.length() <= 2 && Integer.parseInt(hours) < 24 && Integer.parseInt(minutes) < 60;
    }

    /**
     * Another number in the same row of figures written with a decimal comma (digits, exactly ",", digits): the row is
     * the numbers around the period, one blank (or a minus sign) apart on one line.
     */
    private static boolean commaDecimalInRow(List<Tokens.Token> tokens, int at) {
        int first = at - 1;
        while (first >= 2 && inRow(tokens.get(first - 1)) && digits(tokens.get(first - 2))) {
            first -= 2;
        }
        int last = at + 1;
        while (last + 2 < tokens.size() && inRow(tokens.get(last + 1)) && digits(tokens.get(last + 2))) {
            last += 2;
        }
        for (int i = first + 1; i < last; i += 2) {
            if (tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A separator inside a row of figures: a decimal mark, or blanks on one line, perhaps before a minus sign. */
    private static boolean inRow(Tokens.Token separator) {
        String text = separator.text();
        if (text.equals(".") || text.equals(",")) {
            return true;
        }
        String blank = endsInMinus(text) ? text.substring(0, text.length() - 1) : text;
        return !blank.isEmpty() && blank.isBlank() && blank.indexOf('\n') < 0;
    }

    /** A hyphen or a minus sign last: either can be a number's sign. */
    private static boolean endsInMinus(String separator) {
        return separator.endsWith("-") || separator.endsWith("−");
    }

    private static boolean digits(Tokens.Token token) {
        return token.word() && WordStatistics.isNumber(token.text());
    }
}
