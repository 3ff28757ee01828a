package se.lup.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.lup.repair.OcrFolding;

/**
 * Swedish lexical data from the Hunspell sv_SE dictionary (LGPL-3, bundled with LanguageTool's language-sv), loaded
 * once, lazily: the Hunspell dictionary itself (for lemmas), and the words that may be parts of compounds — every
 * entry carrying one of the compound flags its .aff declares (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND,
 * COMPOUNDFLAG), stemmed with the same light stemmer as the text so parts are found in stemmed tokens — and those
 * parts OCR-folded for the garble-tolerant field.
 */
public final class SwedishDictionary {
    private static final String HUNSPELL = "/org/languagetool/resource/sv/hunspell/sv_SE";
    private static final Pattern COMPOUND_FLAG_LINE =
            Pattern.compile("^(COMPOUNDBEGIN|COMPOUNDMIDDLE|COMPOUNDEND|COMPOUNDFLAG)\\s+(\\S)\\s*$");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-zåäöéü]+");
    private static final int MIN_STEM = 4;

    private SwedishDictionary() {}

    /** The Hunspell dictionary, for {@link org.apache.lucene.analysis.hunspell.HunspellStemFilter}. */
    public static Dictionary hunspell() {
        return HunspellHolder.DICTIONARY;
    }

    /** Stemmed compound parts, at least four letters long. */
    public static CharArraySet stems() {
        return Holder.STEMS;
    }

    /** The same parts as {@link #stems()}, each replaced by its {@link OcrFolding} key, for the folded text. */
    public static CharArraySet foldedStems() {
        return FoldedHolder.STEMS;
    }

    private static final class HunspellHolder {
        static final Dictionary DICTIONARY = loadHunspell();
    }

    private static final class Holder {
        static final CharArraySet STEMS = CharArraySet.unmodifiableSet(load());
    }

    private static final class FoldedHolder {
        static final CharArraySet STEMS = CharArraySet.unmodifiableSet(fold(Holder.STEMS));
    }

    private static CharArraySet fold(CharArraySet stems) {
        CharArraySet folded = new CharArraySet(stems.size(), false);
        for (Object stem : stems) {
            folded.add(OcrFolding.fold(new String((char[]) stem)));
        }
        return folded;
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

    private static Dictionary loadHunspell() {
        try (InputStream aff = stream(HUNSPELL + ".aff"); InputStream dic = stream(HUNSPELL + ".dic")) {
            // The temporary directory only holds sorting scratch files while the dictionary is built.
            return new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot load the Swedish Hunspell dictionary " + HUNSPELL, e);
        }
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
        return new BufferedReader(new InputStreamReader(stream(resource), StandardCharsets.UTF_8));
    }

    private static InputStream stream(String resource) {
        InputStream in = SwedishDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Swedish Hunspell dictionary not on the classpath: " + resource
                    + " (dependency org.languagetool:language-sv)");
        }
        return in;
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
