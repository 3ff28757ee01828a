package se.lup.repair;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.lup.config.PipelineFiles;

/**
 * Swedish abbreviations written with periods, which repair keeps letter for letter: the words of
 * {@code pipeline/repair/period-abbreviations.txt} before a period ("ev.", "jmf.", "inkl."), and every chain of short
 * words joined by periods ("fr.o.m.", "t.ex.", "s.k.", "www.sll.se"). Their letters are no misreadings: the confusion
 * model would respell them part by part ("för.ö.m.", "s.åk.", "lev.").
 */
final class Abbreviations {
    static final String FILE = "repair/period-abbreviations.txt";
    /** The longest part of a chain joined by periods: "fr", "ex", "sll"; longer words around a period are sentences. */
    private static final int CHAIN_PART = 3;

    /** In the file's order: the lexicon numbers its words in the order it is given them. */
    private final List<String> words;
    private final Set<String> withPeriod;

    Abbreviations(List<String> words) {
        this.words = List.copyOf(words);
        this.withPeriod = Set.copyOf(words);
    }

    static Abbreviations load() {
        return new Abbreviations(SwedishLexicon.readLines(PipelineFiles.open(FILE), "pipeline/" + FILE));
    }

    /** The abbreviations, lower case, without their period: known words of the lexicon too. */
    List<String> words() {
        return words;
    }

    /** One of the file's abbreviations (lower case), which a period may follow without ending the sentence. */
    boolean writtenWithPeriod(String lower) {
        return withPeriod.contains(lower);
    }

    /** Whether the word token at {@code i} is (part of) an abbreviation written with periods. */
    boolean keptAsWritten(List<Tokens.Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith(".") && writtenWithPeriod(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return chainPart(tokens.get(i)) && (joinedByPeriod(tokens, i, i + 2) || joinedByPeriod(tokens, i - 2, i));
    }

    private static boolean joinedByPeriod(List<Tokens.Token> tokens, int first, int second) {
        return first >= 0 && second < tokens.size() && tokens.get(first + 1).text().equals(".") && chainPart(tokens.get(first))
                && chainPart(tokens.get(second));
    }

    private static boolean chainPart(Tokens.Token token) {
        return token.word() && token.text().length() <= CHAIN_PART && Tokens.letters(token.text()) == token.text().length();
    }
}
