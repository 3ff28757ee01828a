package se.lup.repair;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TwoPartCompoundProof;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.lup.config.PipelineFiles;
import se.lup.gazetteer.District;
import se.lup.gazetteer.Gazetteer;

/**
 * What counts as a Swedish word and how likely it is: word counts from clean municipal text, LanguageTool's list of
 * common Swedish words (by rank), every simple word form of Hunspell's sv_SE dictionary ({@link HunspellForms}; LGPL-3,
 * shipped in LanguageTool's language-sv jar), district and place names from the gazetteer and the abbreviations in
 * {@code pipeline/repair}; all of them in one {@link SpellingIndex}. A compound the index lacks is known when it splits
 * into indexed words and Hunspell's compound rules accept it: that Hunspell check, the slow one, is cached per word.
 */
final class SwedishLexicon {
    private static final String HUNSPELL = "org/languagetool/resource/sv/hunspell/sv_SE";
    private static final String COMMON_WORDS = "org/languagetool/resource/sv/common_words.txt";
    private static final int CACHE_LIMIT = 500_000;
    /** Compounds shorter than this are not looked for: short unknown words are misreadings far more often. */
    private static final int MIN_COMPOUND = 6;
    private static final int MIN_COMPOUND_PART = 3;
    /** Loaded once per JVM, when first needed. */
    private static final AtomicReference<Hunspell> HUNSPELL_CHECKER = new AtomicReference<>();
    private static final AtomicReference<List<String>> SIMPLE_FORMS = new AtomicReference<>();
    private static final AtomicReference<PartForms> PART_FORMS = new AtomicReference<>();

    /** {@link CompoundParts} as repair uses them: the compound-only stems, and the forms before a last part by letter range. */
    private record PartForms(List<String> compoundOnlyStems, CharTable beforeLast) {}

    private final WordStatistics statistics;
    private final RepairSettings settings;
    private final Map<String, Integer> commonRank = new HashMap<>();
    private final Set<String> properNouns = new HashSet<>();
    /** The gazetteer's one-word district, stadsdel and alias names (and the parts of hyphenated ones), lower case. */
    private final Set<String> placeNames = new HashSet<>();
    private final Map<String, Boolean> compoundCache = new ConcurrentHashMap<>();
    /** This lexicon's own (its part stems are cached with it, so a new lexicon starts cold). */
    private final AtomicReference<TwoPartCompoundProof> twoPartProof = new AtomicReference<>();
    private final SpellingIndex index;
    /** The forms Hunspell allows only as the first or a middle part of a compound ("skol" in "skolnärvaro"). */
    private final SpellingIndex compoundParts;
    private final CompoundSpeller compounds;

    SwedishLexicon(WordStatistics statistics, RepairSettings settings, Gazetteer gazetteer, ConfusionModel confusions, Abbreviations abbreviations) {
        this.statistics = statistics;
        this.settings = settings;
        readLines(SwedishLexicon.class.getClassLoader().getResourceAsStream(COMMON_WORDS), COMMON_WORDS)
                .forEach(w -> commonRank.putIfAbsent(w.toLowerCase(Locale.ROOT), commonRank.size()));
        Set<String> words = new LinkedHashSet<>(statistics.mostFrequent(Integer.MAX_VALUE));
        words.addAll(commonRank.keySet());
        for (String abbreviation : readLines(PipelineFiles.open("repair/abbreviations.txt"), "pipeline/repair/abbreviations.txt")) {
            words.add(abbreviation.toLowerCase(Locale.ROOT));
        }
        words.addAll(abbreviations.words());
        for (District d : gazetteer.districts()) {
            addNames(d.name(), words);
            d.aliases().forEach(n -> addNames(n, words));
            d.stadsdelar().forEach(n -> addNames(n, words));
        }
        Set<String> capitalized = new HashSet<>();
        for (String form : forms()) {
            String lower = form.toLowerCase(Locale.ROOT);
            if (!lower.equals(form)) {
                capitalized.add(lower);
            }
            words.add(lower);
        }
        // A name is a proper noun only when Hunspell has no lower-case word spelled the same ("Björn", "björn").
        for (String lower : capitalized) {
            if (statistics.count(lower) == 0 && !commonRank.containsKey(lower)) {
                properNouns.add(lower);
            }
        }
        this.index = new SpellingIndex(words, this::baseCount, confusions);
        this.compoundParts = new SpellingIndex(partForms().compoundOnlyStems(), this::baseCount, confusions);
        this.compounds = new CompoundSpeller(index, compoundParts);
        // Loaded with the rest, not on the first compound of the first text.
        hunspell();
    }

    /**
     * A gazetteer name's words are known and proper nouns; they are place names only when the name is one word or
     * joined by hyphens ("Hässelby-Vällingby"): the words of "Farsta Strand" or "Gamla stan" are common words too.
     */
    private void addNames(String name, Set<String> words) {
        boolean oneWord = name.chars().noneMatch(Character::isWhitespace);
        for (String part : Tokens.words(name)) {
            String lower = part.toLowerCase(Locale.ROOT);
            words.add(lower);
            properNouns.add(lower);
            if (oneWord) {
                placeNames.add(lower);
            }
        }
    }

    SpellingIndex index() {
        return index;
    }

    CompoundSpeller compounds() {
        return compounds;
    }

    /**
     * Pseudo-count from the counts and the common-word rank, at least that of a word only a dictionary knows, and for a
     * gazetteer place name at least {@link RepairSettings#placeNameCount}.
     */
    private double baseCount(String lower) {
        double count = statistics.count(lower);
        Integer rank = commonRank.get(lower);
        if (rank != null) {
            count += settings.commonWordWeight() * 500.0 / (500.0 + rank);
        }
        if (placeNames.contains(lower)) {
            count = Math.max(count, settings.placeNameCount());
        }
        return Math.max(count, settings.lexiconOnlyCount());
    }

    /** Whether the word is long enough and splits into indexed words (linking s allowed): necessary for {@link #isCompound}. */
    boolean mayBeCompound(String lower) {
        return lower.length() >= MIN_COMPOUND && splits(lower);
    }

    /** One of the gazetteer's place names (districts, stadsdelar and their aliases). */
    boolean isPlaceName(String lower) {
        return placeNames.contains(lower);
    }

    /** Written with a capital letter wherever it stands: a place or district name. */
    boolean isProperNoun(String lower) {
        return properNouns.contains(lower);
    }

    /** A compound of indexed words (linking s allowed) that Hunspell's compound rules accept; cached per word. */
    boolean isCompound(String lower) {
        return isCompound(lower, false);
    }

    /** As {@link #isCompound}, for a word the caller already knows {@link #mayBeCompound}: its split is not looked for again. */
    boolean isSplittingCompound(String lower) {
        return isCompound(lower, true);
    }

    private boolean isCompound(String lower, boolean splits) {
        Boolean known = compoundCache.get(lower);
        if (known == null) {
            if (compoundCache.size() > CACHE_LIMIT) {
                compoundCache.clear();
            }
            known = (splits || mayBeCompound(lower))
                    && (isPlaceNameCompound(lower) || mayPassCompoundRules(lower) && (provenAsTwoParts(lower) || hunspell().spell(lower)));
            compoundCache.put(lower, known);
        }
        return known;
    }

    /**
     * A place name, with or without the linking s, before a known word or compound ("tensta|gången", "hässelby|gården",
     * "rinkeby|skolan"): names of places, schools and events in district plans, which Hunspell cannot know, since the
     * gazetteer's names carry none of its compound flags.
     */
    private boolean isPlaceNameCompound(String lower) {
        for (int end = MIN_COMPOUND_PART; end <= lower.length() - MIN_COMPOUND_PART; end++) {
            if (placeNames.contains(lower.substring(0, end))) {
                String rest = lower.substring(end);
                if (isWordOrCompound(rest) || rest.charAt(0) == 's' && rest.length() > MIN_COMPOUND_PART && isWordOrCompound(rest.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether sv_SE's compound rules could accept the word: it splits into parts of at least {@link #MIN_COMPOUND_PART}
     * letters, each before the last one a {@link CompoundParts#beforeLast} form, the last one an indexed word or
     * compound-only form. Necessary, not sufficient, and cheap: Hunspell (about 30 µs a word) is asked only then. Words
     * made of known words that Hunspell rejects mostly fail here ("fritidsgardsverksamheten", whose "gards" is no
     * linking form); in a 90-page plan 430 of the 940 words repair asked about did, and none that Hunspell accepts.
     * A word with other characters than letters (Hunspell breaks some at hyphens) is left to Hunspell.
     */
    boolean mayPassCompoundRules(String lower) {
        char[] word = lower.toCharArray();
        int n = word.length;
        if (Tokens.letters(lower) != n) {
            return true;
        }
        CharTable beforeLast = partForms().beforeLast();
        int[] restHashes = CharTable.suffixHashes(word);
        boolean[] reachable = new boolean[n + 1];
        reachable[0] = true;
        for (int start = 0; start < n; start++) {
            if (!reachable[start]) {
                continue;
            }
            if (start > 0 && n - start >= MIN_COMPOUND_PART) {
                int hash = restHashes[start];
                if (index.mayContain(hash) && index.contains(word, start, n, hash) || compoundParts.mayContain(hash) && compoundParts.contains(word, start, n, hash)) {
                    return true;
                }
            }
            int hash = 0;
            for (int end = start + 1; end < n; end++) {
                hash = HashFilter.extend(hash, word[end - 1]);
                if (end - start < MIN_COMPOUND_PART || reachable[end]) {
                    continue;
                }
                reachable[end] = standsBeforeLast(beforeLast, word, start, end, hash);
            }
        }
        return false;
    }

    /**
     * Whether {@code word[start, end)} (its hash {@code hash}) is a form the compound rules allow before a last part;
     * SIMPLIFIEDTRIPLE: "tall|lampa" is written "tallampa", the first part taking the shared letter too.
     */
    private static boolean standsBeforeLast(CharTable beforeLast, char[] word, int start, int end, int hash) {
        return beforeLast.id(word, start, end, hash) >= 0
                || word[end - 1] == word[end] && beforeLast.id(word, start, end + 1, HashFilter.extend(hash, word[end])) >= 0;
    }

    /**
     * Whether Hunspell certainly accepts the word as two parts, tried where the first part is a form the compound rules
     * allow before another and the rest an indexed word: most compounds a plan's repair asks about are two parts, and
     * the proof, whose part stems are kept, costs a fraction of Hunspell's own search over every split.
     */
    private boolean provenAsTwoParts(String lower) {
        char[] word = lower.toCharArray();
        int n = word.length;
        if (Tokens.letters(lower) != n) {
            return false;
        }
        CharTable beforeLast = partForms().beforeLast();
        TwoPartCompoundProof proof = once(twoPartProof, () -> new TwoPartCompoundProof(hunspell()));
        int[] restHashes = CharTable.suffixHashes(word);
        int hash = 0;
        for (int end = 1; end <= n - MIN_COMPOUND_PART; end++) {
            hash = HashFilter.extend(hash, word[end - 1]);
            if (end < MIN_COMPOUND_PART) {
                continue;
            }
            if (standsBeforeLast(beforeLast, word, 0, end, hash) && index.mayContain(restHashes[end])
                    && index.contains(word, end, n, restHashes[end]) && proof.accepts(lower, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWordOrCompound(String lower) {
        return index.count(lower) > 0 || isCompound(lower);
    }

    /**
     * Whether the word splits into indexed parts, or before the last part compound-only forms; each piece's hash is
     * extended letter by letter and filtered before it is looked up.
     */
    private boolean splits(String lower) {
        char[] word = lower.toCharArray();
        int n = word.length;
        // The last part is an indexed word: most garbled words end in none, found with one lookup per letter.
        int[] restHashes = CharTable.suffixHashes(word);
        boolean[] lastPartFrom = new boolean[n];
        boolean anyLastPart = false;
        for (int start = MIN_COMPOUND_PART; start <= n - MIN_COMPOUND_PART; start++) {
            if (index.mayContain(restHashes[start]) && index.contains(word, start, n, restHashes[start])) {
                lastPartFrom[start] = true;
                anyLastPart = true;
            }
        }
        if (!anyLastPart) {
            return false;
        }
        boolean[] reachable = new boolean[n];
        reachable[0] = true;
        for (int start = 0; start + MIN_COMPOUND_PART <= n; start++) {
            if (!reachable[start]) {
                continue;
            }
            if (lastPartFrom[start]) {
                return true;
            }
            int hash = 0;
            for (int end = start + 1; end < n; end++) {
                int withoutLast = hash;
                hash = HashFilter.extend(hash, word[end - 1]);
                if (end - start < MIN_COMPOUND_PART || reachable[end]) {
                    continue;
                }
                reachable[end] = index.mayContain(hash) && index.contains(word, start, end, hash)
                        || word[end - 1] == 's' && index.mayContain(withoutLast) && index.contains(word, start, end - 1, withoutLast)
                        || compoundParts.mayContain(hash) && compoundParts.contains(word, start, end, hash);
            }
        }
        return false;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Lucene's Hunspell with the sv_SE dictionary, without CHECKCOMPOUNDREP: that option rejects a compound when one of
     * the affix file's typing-error replacements (e/ä, doubled consonants, kj/tj) turns it into a simple word, and
     * checking its 40-odd replacements took a third of each compound check. Repair already weighs every simple spelling
     * near an OCR word against the compound, and dropping it changed no repaired word in the ocr-dev pairs or a
     * 90-page plan. Its parts are at least {@link #MIN_COMPOUND_PART} letters long, as {@link #mayBeCompound} requires
     * (sv_SE says 1): Hunspell then tries fewer splits, a fifth less time per word, and it judged none of the 1,213
     * words repair asked about in the ocr-dev pairs and the corpus differently.
     */
    static Hunspell hunspell() {
        return once(HUNSPELL_CHECKER, () -> new Hunspell(loadDictionary(Set.of("CHECKCOMPOUNDREP", "COMPOUNDMIN"),
                List.of("COMPOUNDMIN " + MIN_COMPOUND_PART))));
    }

    /** The value held, loaded on first use; threads that ask meanwhile wait for it rather than load it again. */
    private static <T> T once(AtomicReference<T> holder, Supplier<T> load) {
        T value = holder.get();
        if (value == null) {
            synchronized (holder) {
                value = holder.get();
                if (value == null) {
                    value = load.get();
                    holder.set(value);
                }
            }
        }
        return value;
    }

    /**
     * The sv_SE dictionary without the affix-file options named (every line whose first word is one of them) and with
     * the lines added at the end of the affix file.
     */
    static Dictionary loadDictionary(Set<String> droppedOptions, List<String> addedLines) {
        return readHunspellFiles((aff, dic) -> {
            String affixes = Stream.concat(new String(aff.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !droppedOptions.contains(line.split("\\s", 2)[0])), addedLines.stream())
                    .collect(Collectors.joining("\n", "", "\n"));
            return new Dictionary(new ByteBuffersDirectory(), "sv", new ByteArrayInputStream(affixes.getBytes(StandardCharsets.UTF_8)), dic);
        });
    }

    /** Reads something from the sv_SE affix and dictionary files on the classpath. */
    interface HunspellFilesReader<T> {
        T read(InputStream aff, InputStream dic) throws IOException, ParseException;
    }

    static <T> T readHunspellFiles(HunspellFilesReader<T> reader) {
        ClassLoader loader = SwedishLexicon.class.getClassLoader();
        try (InputStream aff = loader.getResourceAsStream(HUNSPELL + ".aff");
                InputStream dic = loader.getResourceAsStream(HUNSPELL + ".dic")) {
            if (aff == null || dic == null) {
                throw new IllegalStateException("Swedish Hunspell dictionary missing from the classpath: " + HUNSPELL);
            }
            return reader.read(aff, dic);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot load the Swedish Hunspell dictionary: " + e.getMessage(), e);
        }
    }

    private static List<String> forms() {
        return once(SIMPLE_FORMS, HunspellForms::read);
    }

    /** Read once per JVM; the list of forms before a last part is kept only as its table. */
    private static PartForms partForms() {
        return once(PART_FORMS, () -> {
            CompoundParts parts = CompoundParts.read();
            return new PartForms(parts.compoundOnlyStems(), new CharTable(parts.beforeLast()));
        });
    }

    /** The lines of a word list, without blank lines and # comments. */
    static List<String> readLines(InputStream in, String name) {
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
