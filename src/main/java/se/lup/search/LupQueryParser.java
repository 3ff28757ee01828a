package se.lup.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import se.lup.gazetteer.Gazetteer;
import se.lup.index.IndexSchema;
import se.lup.index.RecordDocuments;
import se.lup.record.RecordKind;

/**
 * The analysts' query language: Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-, field:value, prefix*)
 * over the record index, with Swedish and English field names, districts resolved through the gazetteer
 * ("district:Spånga" is Spånga-Tensta) and record kinds by name.
 *
 * <p>Free text searches the stemmed, decompounded text and, with a lower weight, the OCR-folded raw text. A compound
 * query word that is not itself a dictionary word ("familjecentral") matches the word, or all of its dictionary parts
 * at one position — that is, inside one longer compound such as "familjecentralsliknande". Quoted phrases match
 * words in order and are not decompounded. Not thread-safe: one parser per query.
 */
public final class LupQueryParser extends QueryParser {
    /** Matches in the folded raw text count for less than matches in the repaired, properly analysed text. */
    static final float FOLDED_BOOST = 0.4f;
    /** A query word naming a district also favours that district's records. */
    static final float DISTRICT_BOOST = 0.5f;
    private static final float PHRASE_BOOST = 2f;
    private static final int PHRASE_BOOST_SLOP = 2;
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}-]+(\\s+[\\p{L}\\p{N}-]+)+");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("text", IndexSchema.CONTENTS),
            Map.entry("title", IndexSchema.TITLE), Map.entry("titel", IndexSchema.TITLE),
            Map.entry("rubrik", IndexSchema.TITLE),
            Map.entry("theme", IndexSchema.THEME), Map.entry("tema", IndexSchema.THEME),
            Map.entry("district", IndexSchema.DISTRICT), Map.entry("stadsdel", IndexSchema.DISTRICT),
            Map.entry("stadsdelsnämnd", IndexSchema.DISTRICT), Map.entry("sdn", IndexSchema.DISTRICT),
            Map.entry("category", IndexSchema.THEME_CATEGORY), Map.entry("kategori", IndexSchema.THEME_CATEGORY),
            Map.entry("theme_category", IndexSchema.THEME_CATEGORY),
            Map.entry("kind", IndexSchema.KIND), Map.entry("typ", IndexSchema.KIND),
            Map.entry("document", IndexSchema.DOCUMENT_ID), Map.entry("dokument", IndexSchema.DOCUMENT_ID),
            Map.entry("year", IndexSchema.YEAR), Map.entry("år", IndexSchema.YEAR),
            Map.entry("id", IndexSchema.ID));

    private final Gazetteer gazetteer;
    private final QueryBuilder phrases = new QueryBuilder(IndexSchema.phraseAnalyzer());

    public LupQueryParser(Gazetteer gazetteer) {
        super(IndexSchema.CONTENTS, IndexSchema.indexAnalyzer());
        this.gazetteer = gazetteer;
        setDefaultOperator(Operator.OR);
    }

    /** A query that parses but names what the index does not know: a field, district or record kind. */
    private static final class UnknownNameException extends ParseException {
        UnknownNameException(String message) {
            super(message);
        }
    }

    /**
     * Parses the query; text that is not valid query syntax (an unclosed quote, a heading pasted with a slash such as
     * "Öppen förskola/familjecentral") is searched as plain words instead. Unknown field, district or kind names
     * remain errors.
     */
    @Override
    public Query parse(String query) throws ParseException {
        Query parsed;
        try {
            parsed = super.parse(query);
        } catch (ParseException e) {
            if (e.getCause() instanceof UnknownNameException) {
                throw e;
            }
            parsed = super.parse(QueryParser.escape(query));
        }
        return withPhraseBoost(query, parsed);
    }

    /**
     * Plain words ("öppna förskolan") also rank records higher where they stand together, in that order or nearly
     * (as edismax's phrase boost does); the words alone still match.
     */
    private Query withPhraseBoost(String query, Query parsed) {
        if (!PLAIN_WORDS.matcher(query).matches() || parsed == null) {
            return parsed;
        }
        Query phrase = phrases.createPhraseQuery(IndexSchema.CONTENTS, query, PHRASE_BOOST_SLOP);
        if (!(phrase instanceof PhraseQuery)) {
            return parsed; // one word after analysis
        }
        return new BooleanQuery.Builder().add(parsed, Occur.MUST)
                .add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD).build();
    }

    /** The field names a query may use before a colon. */
    public static Set<String> fieldNames() {
        return new TreeSet<>(FIELDS.keySet());
    }

    /** The keyword filter for a district given by any of its names, aliases or stadsdelar. */
    public Query districtQuery(String name) throws ParseException {
        String district = gazetteer.lookup(name).map(d -> d.name())
                .orElseThrow(() -> new UnknownNameException("unknown district '" + name + "' (not in pipeline/gazetteer.json)"));
        return keyword(IndexSchema.DISTRICT, district);
    }

    /** The keyword filter for a record kind ("measure", "expected_result", ...). */
    public static Query kindQuery(String name) throws ParseException {
        try {
            return keyword(IndexSchema.KIND, RecordKind.parse(name).id());
        } catch (IllegalArgumentException e) {
            throw new UnknownNameException("unknown record kind '" + name + "' (known: " + Arrays.stream(RecordKind.values())
                    .map(RecordKind::id).collect(Collectors.joining(", ")) + ")");
        }
    }

    public static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, RecordDocuments.keywordValue(value)));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return getFieldQuery(field, queryText, quoted ? getPhraseSlop() : -1);
    }

    /** {@code slop} is -1 for an unquoted word. */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String resolved = resolve(field);
        return switch (resolved) {
            case IndexSchema.CONTENTS -> textQuery(queryText, slop);
            case IndexSchema.TITLE, IndexSchema.THEME -> slop < 0
                    ? super.getFieldQuery(resolved, queryText, false)
                    : phrases.createPhraseQuery(resolved, queryText, slop);
            case IndexSchema.DISTRICT -> districtQuery(queryText);
            case IndexSchema.KIND -> kindQuery(queryText);
            case IndexSchema.ID -> new TermQuery(new Term(IndexSchema.ID, queryText));
            default -> keyword(resolved, queryText);
        };
    }

    private Query textQuery(String text, int slop) throws ParseException {
        Query main = slop < 0 ? super.getFieldQuery(IndexSchema.CONTENTS, text, false)
                : phrases.createPhraseQuery(IndexSchema.CONTENTS, text, slop);
        Query folded = slop < 0 ? super.getFieldQuery(IndexSchema.CONTENTS_FOLDED, text, false)
                : phrases.createPhraseQuery(IndexSchema.CONTENTS_FOLDED, text, slop);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (main != null) {
            any.add(main, Occur.SHOULD);
        }
        if (folded != null) {
            any.add(new BoostQuery(folded, FOLDED_BOOST), Occur.SHOULD);
        }
        if (slop < 0) {
            // District names and aliases only: a stadsdel ("Husby") stays a plain word.
            gazetteer.findDistrict(text).ifPresent(d ->
                    any.add(new BoostQuery(keyword(IndexSchema.DISTRICT, d.name()), DISTRICT_BOOST), Occur.SHOULD));
        }
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? null : query; // null: only stop words, as Lucene's parsers do
    }

    /**
     * Called for the tokens the analyzer put at one position. In the decompounded fields the first is the word's stem
     * and the rest its dictionary parts (see {@link se.lup.index.SwedishTextAnalyzer}).
     */
    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        if (!field.equals(IndexSchema.CONTENTS) && !field.equals(IndexSchema.CONTENTS_FOLDED)) {
            return super.newSynonymQuery(field, terms);
        }
        BytesRef word = terms[0].term();
        TermQuery whole = new TermQuery(new Term(field, word));
        Set<String> parts = new LinkedHashSet<>();
        for (int i = 1; i < terms.length; i++) {
            parts.add(terms[i].term().utf8ToString());
        }
        if (parts.contains(word.utf8ToString())) {
            return whole; // a dictionary word: indexed wherever it occurs inside a compound too
        }
        // A part inside another part ("cent" in "central") adds no condition: the index holds every dictionary
        // substring of a word, so it is present wherever the longer part is. Fewer terms, cheaper to match.
        List<String> maximal = parts.stream()
                .filter(p -> parts.stream().noneMatch(other -> !other.equals(p) && other.contains(p))).toList();
        PhraseQuery.Builder allParts = new PhraseQuery.Builder();
        maximal.forEach(part -> allParts.add(new Term(field, part), 0));
        return new BooleanQuery.Builder().add(whole, Occur.SHOULD).add(allParts.build(), Occur.SHOULD).build();
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(resolve(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(resolve(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(resolve(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(resolve(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        return super.getRangeQuery(resolve(field), part1, part2, startInclusive, endInclusive);
    }

    private String resolve(String field) throws ParseException {
        if (field == null || field.equals(IndexSchema.CONTENTS)) {
            return IndexSchema.CONTENTS;
        }
        String resolved = FIELDS.get(field.toLowerCase(Locale.ROOT));
        if (resolved == null) {
            throw new UnknownNameException("unknown field '" + field + "' (known: " + String.join(", ", fieldNames()) + ")");
        }
        return resolved;
    }
}
