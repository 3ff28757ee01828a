package se.lup.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.lup.config.PipelineFiles;
import se.lup.gazetteer.District;
import se.lup.gazetteer.Gazetteer;

/**
 * What counts as a Swedish word and how likely it is: word counts from clean municipal text, LanguageTool's list of
 * common Swedish words (by rank), Hunspell's sv_SE dictionary (compounds included; LGPL-3, shipped in LanguageTool's
 * language-sv jar), district and place names from the gazetteer and the abbreviations in {@code pipeline/repair}.
 * Hunspell answers are cached because one check costs tens of microseconds.
 */
final class SwedishLexicon {
    private static final String HUNSPELL = "org/languagetool/resource/sv/hunspell/sv_SE";
    private static final String COMMON_WORDS = "org/languagetool/resource/sv/common_words.txt";
    private static final int CACHE_LIMIT = 500_000;
    private static volatile Hunspell hunspell;

    private final WordStatistics statistics;
    private final RepairSettings settings;
    private final Map<String, Integer> commonRank = new HashMap<>();
    private final Set<String> domainTerms = new HashSet<>();
    private final Set<String> properNouns = new HashSet<>();
    private final Map<String, Boolean> spellCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> knownCache = new ConcurrentHashMap<>();
    /** Letter pairs that occur in known Swedish words: a spelling with another pair is not worth a Hunspell check. */
    private final Set<Integer> letterPairs = new HashSet<>();

    SwedishLexicon(WordStatistics statistics, RepairSettings settings, Gazetteer gazetteer) {
        this.statistics = statistics;
        this.settings = settings;
        readLines(SwedishLexicon.class.getClassLoader().getResourceAsStream(COMMON_WORDS), COMMON_WORDS)
                .forEach(w -> commonRank.putIfAbsent(w.toLowerCase(Locale.ROOT), commonRank.size()));
        for (String abbreviation : readLines(PipelineFiles.open("repair/abbreviations.txt"), "pipeline/repair/abbreviations.txt")) {
            domainTerms.add(abbreviation.toLowerCase(Locale.ROOT));
        }
        commonRank.keySet().forEach(this::addLetterPairs);
        statistics.mostFrequent(Integer.MAX_VALUE).forEach(this::addLetterPairs);
        for (District d : gazetteer.districts()) {
            addNames(d.name());
            d.aliases().forEach(this::addNames);
            d.stadsdelar().forEach(this::addNames);
        }
    }

    private void addLetterPairs(String word) {
        for (int i = 1; i < word.length(); i++) {
            letterPairs.add(pair(word.charAt(i - 1), word.charAt(i)));
        }
    }

    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    /** Whether the two letters may follow each other in a Swedish word. */
    boolean plausiblePair(char a, char b) {
        return letterPairs.contains(pair(a, b));
    }

    /** Whether every letter pair of the word occurs in known Swedish words. */
    boolean plausible(String word) {
        for (int i = 1; i < word.length(); i++) {
            char a = word.charAt(i - 1);
            char b = word.charAt(i);
            if (Character.isLetter(a) && Character.isLetter(b) && !plausiblePair(a, b)) {
                return false;
            }
        }
        return true;
    }

    private void addNames(String name) {
        for (String part : Tokens.words(name)) {
            String lower = part.toLowerCase(Locale.ROOT);
            domainTerms.add(lower);
            properNouns.add(lower);
        }
    }

    /** Pseudo-count of a lower-case word: 0 when no source knows it. */
    double count(String lower) {
        double count = statistics.count(lower);
        Integer rank = commonRank.get(lower);
        if (rank != null) {
            count += settings.commonWordWeight() * 500.0 / (500.0 + rank);
        }
        // Lower case only: names come from the gazetteer, and a second Hunspell check per spelling doubles the cost.
        if (count == 0 && (domainTerms.contains(lower) || spellsExactly(lower))) {
            count = settings.lexiconOnlyCount();
        }
        return count;
    }

    /** Whether the word in this exact case is known; the counts are consulted before Hunspell. */
    boolean knows(String word) {
        Boolean known = knownCache.get(word);
        if (known == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            known = statistics.count(lower) > 0 || commonRank.containsKey(lower) || domainTerms.contains(lower) || spells(lower);
            if (knownCache.size() > CACHE_LIMIT) {
                knownCache.clear();
            }
            knownCache.put(word, known);
        }
        return known;
    }

    /** Written with a capital letter wherever it stands: a place or district name. */
    boolean isProperNoun(String lower) {
        return properNouns.contains(lower) || (!spellsExactly(lower) && spellsExactly(capitalize(lower)));
    }

    boolean spells(String lower) {
        return spellsExactly(lower) || spellsExactly(capitalize(lower));
    }

    private boolean spellsExactly(String word) {
        Boolean spelled = spellCache.get(word);
        if (spelled == null) {
            if (spellCache.size() > CACHE_LIMIT) {
                spellCache.clear();
            }
            spelled = hunspell().spell(word);
            spellCache.put(word, spelled);
        }
        return spelled;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static Hunspell hunspell() {
        Hunspell h = hunspell;
        if (h == null) {
            synchronized (SwedishLexicon.class) {
                if (hunspell == null) {
                    ClassLoader loader = SwedishLexicon.class.getClassLoader();
                    try (InputStream aff = loader.getResourceAsStream(HUNSPELL + ".aff");
                            InputStream dic = loader.getResourceAsStream(HUNSPELL + ".dic")) {
                        if (aff == null || dic == null) {
                            throw new IllegalStateException("Swedish Hunspell dictionary missing from the classpath: " + HUNSPELL);
                        }
                        hunspell = new Hunspell(new Dictionary(new ByteBuffersDirectory(), "sv", aff, dic));
                    } catch (IOException | ParseException e) {
                        throw new IllegalStateException("cannot load the Swedish Hunspell dictionary: " + e.getMessage(), e);
                    }
                }
                h = hunspell;
            }
        }
        return h;
    }

    private static java.util.List<String> readLines(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
