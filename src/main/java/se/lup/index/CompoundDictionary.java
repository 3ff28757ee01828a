package se.lup.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words that may be parts of Swedish compounds, from the Hunspell sv_SE dictionary (LGPL-3, bundled with
 * LanguageTool's language-sv): every entry carrying one of the compound flags its .aff declares (COMPOUNDBEGIN,
 * COMPOUNDMIDDLE, COMPOUNDEND, COMPOUNDFLAG), stemmed with the same light stemmer as the text so parts are found
 * in stemmed tokens. Loaded once, lazily.
 */
public final class CompoundDictionary {
    private static final String HUNSPELL = "/org/languagetool/resource/sv/hunspell/sv_SE";
    private static final Pattern COMPOUND_FLAG_LINE =
            Pattern.compile("^(COMPOUNDBEGIN|COMPOUNDMIDDLE|COMPOUNDEND|COMPOUNDFLAG)\\s+(\\S)\\s*$");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-zåäöéü]+");
    private static final int MIN_STEM = 4;

    private CompoundDictionary() {}

    /** Stemmed compound parts, at least four letters long. */
    public static CharArraySet stems() {
        return Holder.STEMS;
    }

    private static final class Holder {
        static final CharArraySet STEMS = CharArraySet.unmodifiableSet(load());
    }

    private static CharArraySet load() {
        Set<Character> flags = compoundFlags();
        CharArraySet stems = new CharArraySet(100_000, false);
        try (BufferedReader dic = reader(HUNSPELL + ".dic"); Analyzer stemmer = stemmer()) {
            dic.readLine(); // first line: the entry count
            for (String line = dic.readLine(); line != null; line = dic.readLine()) {
                int slash = line.indexOf('/');
                if (slash < 0 || !hasAny(line.substring(slash + 1), flags)) {
                    continue;
                }
                String word = line.substring(0, slash);
                if (PLAIN_WORD.matcher(word).matches()) {
                    String stem = stem(stemmer, word);
                    if (stem.length() >= MIN_STEM) {
                        stems.add(stem);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Swedish Hunspell dictionary " + HUNSPELL + ".dic", e);
        }
        return stems;
    }

    private static Set<Character> compoundFlags() {
        Set<Character> flags = new HashSet<>();
        try (BufferedReader aff = reader(HUNSPELL + ".aff")) {
            aff.lines().map(COMPOUND_FLAG_LINE::matcher).filter(m -> m.matches()).forEach(m -> flags.add(m.group(2).charAt(0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Swedish Hunspell affix file " + HUNSPELL + ".aff", e);
        }
        return flags;
    }

    private static boolean hasAny(String entryFlags, Set<Character> flags) {
        for (int i = 0; i < entryFlags.length(); i++) {
            if (flags.contains(entryFlags.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = CompoundDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Swedish Hunspell dictionary not on the classpath: " + resource
                    + " (dependency org.languagetool:language-sv)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Analyzer stemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new SwedishLightStemFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static String stem(Analyzer stemmer, String word) throws IOException {
        try (TokenStream ts = stemmer.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return stem;
        }
    }
}
