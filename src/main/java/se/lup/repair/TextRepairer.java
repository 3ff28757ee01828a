package se.lup.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repairs the words of one text: each OCR word gets the known spellings that share its {@link SpellingIndex} key,
 * scored by the confusion model (the word as read among them), and the best sequence within each clause is chosen by Viterbi over
 * log P(OCR | spelling) + log P(spelling | previous word). So "ar" becomes "är" or "år" and "for" "för" by their
 * neighbours. Numbers are kept; {@link TextRenderer} writes the choices back with their case and separators.
 */
final class TextRepairer {
    /**
     * A spelling the OCR word may stand for, lower case, with its channel log probability, lexicon count (known: some
     * lexicon has it) and log P(word); its number in the pair counts (-1: never in a pair), whether it was ever followed
     * by another word, and as the previous word of a pair its weight on pair counts and log of the back-off weight.
     */
    record Option(String word, double channelLogProbability, double count, boolean known, double logUnigram,
            int id, boolean leadsPair, double pairWeight, double logBackOff) {
        double standalone() {
            return channelLogProbability + logUnigram;
        }
    }

    /** The repaired text, how many words changed, the words no lexicon knows after repair, and its garble count. */
    record Result(String text, int wordsChanged, List<String> unknownWords, GarbleScore.Count garble) {}

    /**
     * A text split into tokens, each clause word with its {@link Word} (null for separators, codes and symbols), and its
     * garble count as read: the score that decides whether to repair and the repair itself share one lookup per word.
     */
    record Analysis(List<Tokens.Token> tokens, Word[] words, GarbleScore.Count garble) {}

    /**
     * A lower-case word as read: its index count (0: unknown), whether an unknown word splits into indexed words (a
     * compound, if Hunspell agrees), whether it looks garbled, and its options, worked out when repair first needs them.
     */
    static final class Word {
        final String lower;
        final double count;
        final boolean mayBeCompound;
        final boolean garbled;
        /** Letters only: no digits or the symbols OCR prints for letters. */
        final boolean lettersOnly;
        private volatile List<Option> options;
        /** Where {@link Spacing} splits the word, -1 nowhere; {@link Spacing#NOT_YET} until first asked. */
        volatile int splitAt = Spacing.NOT_YET;

        private Word(String lower, double count, boolean mayBeCompound, boolean garbled) {
            this.lower = lower;
            this.count = count;
            this.mayBeCompound = mayBeCompound;
            this.garbled = garbled;
            this.lettersOnly = Tokens.letters(lower) == lower.length();
        }
    }

    private static final int CACHE_LIMIT = 200_000;
    private static final double PAIR_CONFIDENCE = 3.0;
    /**
     * How far below the best score any compound could have (a dictionary-only word read without error) a known spelling
     * may be and still make the compound search unnecessary: at 2 nats the held-out, cross-validation and unseen-plan
     * figures were as with no limit, which made cold repair about 1.5 times slower.
     */
    private static final double COMPOUND_MISREADING = -2.0;
    /**
     * Hunspell (about 50 µs a word) is asked whether an unknown word as read is a compound only when no known spelling
     * is this much (in nats) likelier than the word would be as such a compound. Most words that split are misreadings
     * ("fordelas") with a known spelling 2 to 5 nats ahead, which then wins whatever Hunspell says.
     */
    private static final double COMPOUND_AS_READ_MARGIN = 2.0;
    /**
     * The longest word only a dictionary knows that is searched wider: short rare words ("alt", "tor") are likelier
     * misreadings of common ones ("att", "för"). For longer ones the wider search changed no repaired word in the
     * held-out pairs and one (for the worse) in a new 90-page plan, at 7 % of its repair time.
     */
    private static final int WIDENED_DICTIONARY_WORD = 5;

    private final SwedishLexicon lexicon;
    private final WordStatistics statistics;
    private final RepairSettings settings;
    private final GarbleScore garble;
    private final TextRenderer renderer;
    private final Spacing spacing;
    private final WrittenForms writtenForms;
    private final UnknownWords unknownWords;
    private final Map<String, Word> wordCache = new ConcurrentHashMap<>();

    TextRepairer(SwedishLexicon lexicon, WordStatistics statistics, RepairSettings settings, GarbleScore garble, Abbreviations abbreviations,
            MisreadDecimalPoints decimalPoints, UnknownWords unknownWords) {
        this.lexicon = lexicon;
        this.unknownWords = unknownWords;
        this.writtenForms = new WrittenForms(lexicon, abbreviations, settings.lexiconOnlyCount());
        this.renderer = new TextRenderer(lexicon, garble, new MisreadPeriods(abbreviations), decimalPoints);
        this.statistics = statistics;
        this.settings = settings;
        this.garble = garble;
        this.spacing = new Spacing(lexicon.index(), settings, new Spacing.Readings() {
            @Override
            public Word word(String lower) {
                return TextRepairer.this.word(lower);
            }

            @Override
            public double best(Word word) {
                return options(word).stream().mapToDouble(Option::standalone).max().orElseThrow();
            }

            @Override
            public double logUnigram(double count) {
                return TextRepairer.this.logUnigram(count);
            }
        });
    }

    /** Splits the text and looks up each word once (cached across texts). */
    Analysis analyse(String text) {
        List<Tokens.Token> tokens = Tokens.split(text);
        Word[] words = new Word[tokens.size()];
        int counted = 0;
        int garbled = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            int letters = Tokens.letters(t.text());
            if (letters == 0 && !Tokens.isLetterSymbol(t.text()) && !WordStatistics.isNumber(t.text())) {
                continue; // a code or symbol: it ends a clause and is never repaired
            }
            words[i] = word(t.text().toLowerCase(Locale.ROOT));
            if (GarbleScore.counts(letters)) {
                counted++;
                if (words[i].garbled) {
                    garbled++;
                }
            }
        }
        return new Analysis(tokens, words, new GarbleScore.Count(counted, garbled));
    }

    /** Analyses and repairs a text whatever its score. */
    Result repair(String text) {
        return repair(analyse(text));
    }

    Result repair(Analysis analysis) {
        Spacing.Respaced respaced = spacing.apply(analysis.tokens(), analysis.words());
        List<Tokens.Token> tokens = respaced.tokens();
        Word[] words = respaced.words();
        Option[] chosen = new Option[tokens.size()];
        // Words whose options are narrowed by how they are written (WrittenForms).
        List<Option>[] narrowed = newOptionLists(tokens.size());
        List<Integer> clause = new ArrayList<>();
        // After a lower-case word or a number in the same clause ("i Farsta", "3.11 Farsta") a capital marks a name.
        boolean nameContext = false;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (words[i] != null) {
                switch (writtenForms.of(tokens, i, words[i], nameContext)) {
                    case AS_WRITTEN -> narrowed[i] = List.of(asWritten(words[i]));
                    case ACRONYM -> narrowed[i] = acronymOptions(words[i]);
                    case NAME -> narrowed[i] = nameOptions(words[i]);
                    case NONE -> { }
                }
                nameContext = Character.isLowerCase(t.text().charAt(0)) || WordStatistics.isNumber(t.text());
                clause.add(i);
            } else if (!t.word() && !WordStatistics.endsClause(t.text())) {
                continue;
            } else {
                nameContext = false;
                decide(words, clause, narrowed, chosen);
                clause.clear();
            }
        }
        decide(words, clause, narrowed, chosen);
        Result result = renderer.render(tokens, words, chosen);
        return respaced.changes() == 0 ? result
                : new Result(result.text(), result.wordsChanged() + respaced.changes(), result.unknownWords(), result.garble());
    }

    private Word word(String lower) {
        Word known = wordCache.get(lower);
        if (known == null) {
            if (wordCache.size() > CACHE_LIMIT) {
                wordCache.clear();
            }
            double count = lexicon.index().count(lower);
            boolean mayBeCompound = count == 0 && lexicon.mayBeCompound(lower);
            // A word made of known words does not count as garbled: the score needs no Hunspell check.
            known = new Word(lower, count, mayBeCompound, garble.garbled(lower, count > 0 || mayBeCompound));
            wordCache.put(lower, known);
        }
        return known;
    }

    @SuppressWarnings("unchecked") // an array of lists: one slot per token, most of them empty
    private static List<Option>[] newOptionLists(int size) {
        return new List[size];
    }

    /** An acronym's options: as written, or with dots restored. */
    private List<Option> acronymOptions(Word word) {
        List<Option> dotted = new ArrayList<>();
        dotted.add(asWritten(word));
        for (Option o : options(word)) {
            if (!o.word().equals(word.lower) && GarbleScore.stripDots(o.word()).equals(word.lower)) {
                dotted.add(o);
            }
        }
        return dotted;
    }

    /**
     * A name's options when one of them is a place name: those some word list holds, not a compound made up of common
     * words ("skarp|nick" for "Skarpnick"), which no name is; null (no narrowing) when none is a place name.
     */
    private List<Option> nameOptions(Word word) {
        List<Option> options = options(word);
        if (options.stream().noneMatch(o -> lexicon.isPlaceName(o.word()))) {
            return null;
        }
        return options.stream().filter(o -> lexicon.index().count(o.word()) > 0).toList();
    }

    /** A word kept as written, as an option of its own: the one {@link #options} gives it, which pruning may have dropped. */
    private Option asWritten(Word word) {
        return option(word.lower, lexicon.index().channel(word.lower, word.lower), word.count > 0 ? word.count : unknownWords.count(word.lower),
                word.count > 0);
    }

    /** Viterbi over the options of the words of one clause; a word whose options are narrowed (a place name, an acronym) has only those. */
    private void decide(Word[] words, List<Integer> clause, List<Option>[] narrowed, Option[] chosen) {
        if (clause.isEmpty()) {
            return;
        }
        List<List<Option>> lattice = new ArrayList<>(clause.size());
        for (int index : clause) {
            lattice.add(narrowed[index] != null ? narrowed[index] : options(words[index]));
        }
        double[] score = new double[lattice.get(0).size()];
        int[][] back = new int[lattice.size()][];
        for (int o = 0; o < score.length; o++) {
            Option opt = lattice.get(0).get(o);
            score[o] = opt.standalone();
        }
        for (int w = 1; w < lattice.size(); w++) {
            List<Option> previous = lattice.get(w - 1);
            List<Option> current = lattice.get(w);
            double[] next = new double[current.size()];
            back[w] = new int[current.size()];
            if (previous.size() == 1 && current.size() == 1) {
                // Nothing to decide between two certain words; their shared transition does not change the choice.
                next[0] = score[0];
                score = next;
                continue;
            }
            double weight = settings.contextWeight();
            // Most pairs were never seen: log P is then the previous word's back-off weight plus this word's unigram, so
            // one previous option is best for all of them, found in one pass.
            int bestPrevious = 0;
            for (int p = 1; p < previous.size(); p++) {
                if (score[p] + weight * previous.get(p).logBackOff() > score[bestPrevious] + weight * previous.get(bestPrevious).logBackOff()) {
                    bestPrevious = p;
                }
            }
            Option unseenBefore = previous.get(bestPrevious);
            for (int o = 0; o < current.size(); o++) {
                next[o] = score[bestPrevious] + weight * (unseenBefore.logBackOff() + current.get(o).logUnigram());
                back[w][o] = bestPrevious;
            }
            // A seen pair only raises its transition above the back-off: checked where both words occur in the counts.
            for (int p = 0; p < previous.size(); p++) {
                Option before = previous.get(p);
                if (!before.leadsPair()) {
                    continue;
                }
                for (int o = 0; o < current.size(); o++) {
                    Option opt = current.get(o);
                    int pair = statistics.pairCount(before.id(), opt.id());
                    if (pair == 0) {
                        continue;
                    }
                    double s = score[p] + weight * Math.log(before.pairWeight() * pair + Math.exp(before.logBackOff() + opt.logUnigram()));
                    if (s > next[o] || s == next[o] && p < back[w][o]) {
                        next[o] = s;
                        back[w][o] = p;
                    }
                }
            }
            for (int o = 0; o < current.size(); o++) {
                next[o] += current.get(o).channelLogProbability();
            }
            score = next;
        }
        int best = 0;
        for (int o = 1; o < score.length; o++) {
            if (score[o] > score[best]) {
                best = o;
            }
        }
        for (int w = lattice.size() - 1; w >= 0; w--) {
            chosen[clause.get(w)] = lattice.get(w).get(best);
            if (w > 0) {
                best = back[w][best];
            }
        }
    }

    /**
     * Word-pair evidence after a word is trusted in proportion to how often that word was seen, against how many
     * different words followed it (Witten-Bell: a word seen with many followers leaves room for unseen ones) plus
     * {@link #PAIR_CONFIDENCE}.
     */
    private Option option(String word, double channelLogProbability, double count, boolean known) {
        return option(word, word, channelLogProbability, count, known);
    }

    /** An option whose word and pair statistics are counted under {@code countedAs} (a number under its {@link WordStatistics#numberClass}). */
    private Option option(String word, String countedAs, double channelLogProbability, double count, boolean known) {
        double seen = statistics.count(countedAs);
        int id = statistics.id(countedAs);
        double lambda = seen / (seen + statistics.followerTypes(id) + PAIR_CONFIDENCE);
        return new Option(word, channelLogProbability, count, known, logUnigram(count),
                id, statistics.leadsPair(id), seen == 0 ? 0 : lambda / seen, Math.log(1 - lambda));
    }

    /** A number as written, counted under its class in the pairs and as its numeral for its own frequency. */
    private Option numberOption(String digits, double channelLogProbability) {
        return option(digits, WordStatistics.numberClass(digits), channelLogProbability,
                Math.max(statistics.numeralCount(digits), settings.unknownWordCount()), true);
    }

    private double logUnigram(double count) {
        return Math.log(count / (statistics.total() + 1.0));
    }

    /**
     * The word as read plus the known spellings the index offers for it (searched wider for a word no lexicon knows or
     * a short one only a dictionary knows: "alt", "tor" are rare words but likelier misread "att", "för"), and for an unknown long
     * word the compound its parts spell when Hunspell accepts it; kept with the word (two threads may both work them out).
     */
    private List<Option> options(Word word) {
        List<Option> known = word.options;
        if (known == null) {
            known = options(word.lower, word.count, word.mayBeCompound);
            word.options = known;
        }
        return known;
    }

    private List<Option> options(String lower, double indexCount, boolean mayBeCompound) {
        SpellingIndex index = lexicon.index();
        if (WordStatistics.isNumber(lower) && !index.mayBeMisreadLetter(lower)) {
            // A number is context for its neighbours ("3 år") and stays as written.
            return List.of(numberOption(lower, 0));
        }
        List<Option> options = new ArrayList<>();
        // A word no lexicon knows, or a short one only a dictionary does, is searched wider unless its own key already
        // offers a spelling as likely as a dictionary-only word read without error: past that the wider search's extra
        // misreading almost never wins (in a 90-page plan, for 3 of the 8,400 words read so).
        boolean widened = indexCount == 0 || indexCount <= settings.lexiconOnlyCount() && lower.length() <= WIDENED_DICTIONARY_WORD;
        double widenBelow = widened ? Math.log(settings.lexiconOnlyCount()) : Double.NEGATIVE_INFINITY;
        // The word as read is an option whatever its spellings: one scoring a margin below it would be pruned below.
        double asReadChannel = index.channel(lower, lower);
        double asReadBound = WordStatistics.isNumber(lower) ? Double.NEGATIVE_INFINITY
                : asReadChannel + Math.log(indexCount > 0 ? indexCount : unknownWords.count(lower)) - settings.pruneMargin();
        for (SpellingIndex.Candidate c : index.candidates(lower, settings.maxCandidates(), widenBelow, settings.pruneMargin(), asReadBound)) {
            if (!c.word().equals(lower)) {
                options.add(option(c.word(), c.channelLogProbability(), c.count(), true));
            }
        }
        double asRead = indexCount;
        if (mayBeCompound) {
            double bestSpelling = options.stream().mapToDouble(Option::standalone).max().orElse(Double.NEGATIVE_INFINITY);
            double asCompound = asReadChannel + logUnigram(settings.lexiconOnlyCount());
            if (bestSpelling < asCompound + COMPOUND_AS_READ_MARGIN && lexicon.isSplittingCompound(lower)) {
                asRead = settings.lexiconOnlyCount();
            }
        }
        Option asWritten = WordStatistics.isNumber(lower)
                ? numberOption(lower, asReadChannel)
                : option(lower, asReadChannel, asRead > 0 ? asRead : unknownWords.count(lower), asRead > 0);
        options.add(asWritten);
        double best = options.stream().mapToDouble(Option::standalone).max().orElseThrow();
        // An unknown long word may be a compound the index lacks, unless a known spelling is already about as likely as
        // such a compound could be.
        if (asRead == 0 && lower.length() >= settings.minCompoundLength()
                && best < logUnigram(settings.lexiconOnlyCount()) + COMPOUND_MISREADING) {
            SpellingIndex.Candidate compound = lexicon.compounds().spell(lower);
            if (compound != null && !compound.word().equals(lower)) {
                Option spelled = option(compound.word(), compound.channelLogProbability(), settings.lexiconOnlyCount(), true);
                // A compound the pruning below would drop needs no Hunspell check.
                if (spelled.standalone() >= best - settings.pruneMargin() && lexicon.isCompound(compound.word())) {
                    options.add(spelled);
                    best = Math.max(best, spelled.standalone());
                }
            }
        }
        // Options far less likely on their own than the best one cannot win through context: fewer to decide between.
        double floor = best - settings.pruneMargin();
        options.removeIf(o -> o.standalone() < floor);
        return List.copyOf(options);
    }
}
